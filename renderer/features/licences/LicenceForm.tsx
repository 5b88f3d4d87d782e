import { Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { licenceInputSchema, parseSpdx, type Dependency, type Licence, type Vendor } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveLicence } from '@renderer/data/licences';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { LicenceFormClauses } from './LicenceFormClauses';
import { LicenceFormTerms } from './LicenceFormTerms';
import { LicenceFormWhat } from './LicenceFormWhat';
import { toLicenceFormValues, type LicenceFormOutput, type LicenceFormValues } from './licenceFormValues';
import { paths } from '@renderer/paths';

// An expression that does not parse is refused at save: it would be classed 'unknown' without anyone noticing.
const licenceFormSchema = licenceInputSchema.refine(
  (licence) => !licence.spdxExpression || parseSpdx(licence.spdxExpression).ok,
  { path: ['spdxExpression'], message: 'validation.spdxInvalid' },
);

interface LicenceFormProps {
  /** The stored licence when editing. */
  licence?: Licence;
  /** What a new licence starts with (the form was opened from that vendor's or dependency's page). */
  preset?: { vendorId?: string; dependencyId?: string };
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
}

/** Every field of a licence (design §2) in one form. */
export const LicenceForm = ({ licence, preset, vendors, dependencies }: LicenceFormProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const issue = useIssueMessage();
  const navigate = useNavigate();
  const form = useForm<LicenceFormValues, unknown, LicenceFormOutput>({
    resolver: zodResolver(licenceFormSchema),
    defaultValues: toLicenceFormValues(licence, preset),
  });
  const { isDirty, isSubmitting, errors } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.licences.view(savedId));
  }, [savedId, isDirty, navigate]);

  // A failed save leaves every typed value in place, so the user can fix the cause and save again.
  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveLicence(licence ? { ...values, id: licence.id } : values);
      form.reset(toLicenceFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('licences.form.saved', { title: saved.title }) });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('licences.form.saveFailed', { reason }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('licences.form.label')}>
        <Stack>
          <LicenceFormWhat vendors={vendors} dependencies={dependencies} />
          <LicenceFormTerms />
          <LicenceFormClauses />
          <Fieldset legend={t('licences.form.notesSection')}>
            <Stack>
              <Textarea
                label={t('licences.fields.fieldOfUse')}
                autosize
                minRows={2}
                error={issue(errors.fieldOfUse?.message)}
                {...form.register('fieldOfUse')}
              />
              <Textarea
                label={t('licences.fields.notes')}
                autosize
                minRows={3}
                error={issue(errors.notes?.message)}
                {...form.register('notes')}
              />
            </Stack>
          </Fieldset>
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('licences.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={licence ? paths.licences.view(licence.id) : paths.licences.list}
            >
              {t('licences.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
