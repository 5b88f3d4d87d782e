import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { riskInputSchema, type Dependency, type Licence, type Risk, type Vendor } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveRisk } from '@renderer/data/risks';
import { useUnsavedChangesGuard } from '@renderer/ui/useUnsavedChangesGuard';
import { RiskFormActions } from './RiskFormActions';
import { RiskFormLinks } from './RiskFormLinks';
import { RiskFormRating } from './RiskFormRating';
import { RiskFormTreatment } from './RiskFormTreatment';
import {
  toRiskFormValues,
  type RiskFormOutput,
  type RiskFormValues,
  type RiskPrefill,
} from './riskFormValues';
import { RiskFormWhat } from './RiskFormWhat';
import { paths } from '@renderer/paths';

interface RiskFormProps {
  /** The stored risk when editing. */
  risk?: Risk;
  /** What a new risk starts with when created from a vendor, dependency or licence page. */
  prefill?: RiskPrefill;
  vendors: readonly Vendor[];
  dependencies: readonly Dependency[];
  licences: readonly Licence[];
}

/** Every field of a risk (design §2) in one form, with its actions. */
export const RiskForm = ({ risk, prefill, vendors, dependencies, licences }: RiskFormProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const form = useForm<RiskFormValues, unknown, RiskFormOutput>({
    resolver: zodResolver(riskInputSchema),
    defaultValues: toRiskFormValues(risk, prefill),
  });
  const { isDirty, isSubmitting } = form.formState;
  useUnsavedChangesGuard(isDirty);

  // Navigation waits for the form to be clean again, otherwise the unsaved-changes guard would stop it.
  const [savedId, setSavedId] = useState<string>();
  useEffect(() => {
    if (savedId && !isDirty) void navigate(paths.risks.view(savedId));
  }, [savedId, isDirty, navigate]);

  // A failed save leaves every typed value in place, so the user can fix the cause and save again.
  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await saveRisk(risk ? { ...values, id: risk.id } : values);
      form.reset(toRiskFormValues(saved));
      setSavedId(saved.id);
      notifications.show({ color: 'green', message: t('risks.form.saved', { title: saved.title }) });
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('risks.form.saveFailed', { reason }) });
    }
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('risks.form.label')}>
        <Stack>
          <RiskFormWhat />
          <RiskFormLinks vendors={vendors} dependencies={dependencies} licences={licences} />
          <RiskFormRating />
          <RiskFormTreatment />
          <RiskFormActions />
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('risks.form.save')}
            </Button>
            <Button
              variant="default"
              component={Link}
              to={risk ? paths.risks.view(risk.id) : paths.risks.list}
            >
              {t('risks.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
};
