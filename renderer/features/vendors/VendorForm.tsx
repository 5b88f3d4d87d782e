import { Button, Fieldset, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, FormProvider, useForm, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { vendorInputSchema, type Vendor } from '@shared/domain';
import { describeError, isQuotaError } from '../../data/errors';
import { saveVendor, useVendors } from '../../data/vendors';
import { useIssueMessage } from '../../ui/useIssueMessage';
import { useUnsavedChangesGuard } from '../../ui/useUnsavedChangesGuard';
import { VendorFormCertifications } from './VendorFormCertifications';
import { VendorFormContacts } from './VendorFormContacts';
import { VendorFormIdentity } from './VendorFormIdentity';
import { VendorFormListings } from './VendorFormListings';
import { VendorFormOwnership } from './VendorFormOwnership';
import { toFormValues, type VendorFormOutput, type VendorFormValues } from './vendorFormValues';

const isIssueList = (value: unknown): value is (FieldError | undefined)[] => Array.isArray(value);

/** Every field of a vendor (design §2) in one form; `vendor` is the stored one when editing. */
export const VendorForm = ({ vendor }: { vendor?: Vendor }) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const navigate = useNavigate();
  const vendors = useVendors();
  const form = useForm<VendorFormValues, unknown, VendorFormOutput>({
    resolver: zodResolver(vendorInputSchema),
    defaultValues: toFormValues(vendor),
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);
  // A tag's own problem (too long) is reported at tags.<index>; show the first one under the input.
  const tagIssue =
    errors.tags?.message ?? (isIssueList(errors.tags) ? errors.tags.find(Boolean)?.message : undefined);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(`/vendors/${savedId}`);
  }, [savedId, isDirty, navigate]);

  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveVendor(vendor ? { ...values, id: vendor.id } : values);
      form.reset(toFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('vendors.form.saved', { name: saved.name }) });
    } catch (error) {
      const reason = isQuotaError(error) ? t('common.errors.quota') : describeError(error);
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
          <Fieldset legend={t('vendors.form.tagsSection')}>
            <Stack>
              <Controller
                control={form.control}
                name="tags"
                render={({ field }) => (
                  <TagsInput
                    label={t('vendors.fields.tags')}
                    description={t('vendors.form.tagsHint')}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={issue(tagIssue)}
                  />
                )}
              />
              <Textarea
                label={t('vendors.fields.notes')}
                autosize
                minRows={3}
                error={issue(errors.notes?.message)}
                {...form.register('notes')}
              />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('vendors.form.save')}
            </Button>
            <Button variant="default" component={Link} to={vendor ? `/vendors/${vendor.id}` : '/vendors'}>
              {t('vendors.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
