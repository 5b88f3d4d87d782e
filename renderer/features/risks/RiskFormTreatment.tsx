import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskStatusValues, treatmentValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { RiskFormValues } from './riskFormValues';

/** How the risk is treated, where it stands, who owns it and when it is next reviewed. */
export const RiskFormTreatment = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<RiskFormValues>();
  return (
    <Fieldset legend={t('risks.form.treatmentSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Controller
          control={control}
          name="treatment"
          render={({ field, fieldState }) => (
            <Select
              label={t('risks.fields.treatment')}
              data={treatmentValues.map((value) => ({ value, label: t(`risks.treatment.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="status"
          render={({ field, fieldState }) => (
            <Select
              label={t('risks.fields.status')}
              data={riskStatusValues.map((value) => ({ value, label: t(`risks.status.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <TextInput
          label={t('risks.fields.owner')}
          error={issue(formState.errors.owner?.message)}
          {...register('owner')}
        />
        <TextInput
          label={t('risks.fields.reviewDate')}
          type="date"
          error={issue(formState.errors.reviewDate?.message)}
          {...register('reviewDate')}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
