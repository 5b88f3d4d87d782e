import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { vendorInputSchema, type Vendor } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveVendor, useVendors } from '@renderer/data/vendors';
import { TagsAndNotesFieldset } from '@renderer/ui/TagsAndNotesFieldset';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { VendorFormCertifications } from './VendorFormCertifications';
import { VendorFormContacts } from './VendorFormContacts';
import { VendorFormIdentity } from './VendorFormIdentity';
import { VendorFormListings } from './VendorFormListings';
import { VendorFormOwnership } from './VendorFormOwnership';
import { toFormValues, type VendorFormOutput, type VendorFormValues } from './vendorFormValues';
import { paths } from '@renderer/paths';

/** Every field of a vendor (design §2) in one form; `vendor` is the stored one when editing. */
export const VendorForm = ({ vendor }: { vendor?: Vendor }) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const vendors = useVendors();
  const form = useForm<VendorFormValues, unknown, VendorFormOutput>({
    resolver: zodResolver(vendorInputSchema),
    defaultValues: toFormValues(vendor),
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.vendors.view(savedId));
  }, [savedId, isDirty, navigate]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveVendor(vendor ? { ...values, id: vendor.id } : values);
      form.reset(toFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('vendors.form.saved', { name: saved.name }) });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('vendors.form.saveFailed', { reason }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('vendors.form.label')}>
        <Stack>
          <VendorFormIdentity vendors={vendors} vendorId={vendor?.id} />
          <VendorFormOwnership />
          <VendorFormListings />
          <VendorFormCertifications />
          <VendorFormContacts />
          <TagsAndNotesFieldset
            legend={t('vendors.form.tagsSection')}
            tagsLabel={t('vendors.fields.tags')}
            tagsHint={t('vendors.form.tagsHint')}
            notesLabel={t('vendors.fields.notes')}
          />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('vendors.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={vendor ? paths.vendors.view(vendor.id) : paths.vendors.list}
            >
              {t('vendors.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
