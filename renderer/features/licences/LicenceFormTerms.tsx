import { Fieldset, NumberInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { royaltyBasisValues } from '@shared/domain';
import { CountrySelect } from '@renderer/ui/CountrySelect';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { LicenceFormValues } from './licenceFormValues';

/** When it runs, how it ends or renews, under which law, and what it costs. */
export const LicenceFormTerms = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<LicenceFormValues>();
  const { errors } = formState;

  return (
    <Fieldset legend={t('licences.form.termsSection')}>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          type="date"
          label={t('licences.fields.startDate')}
          error={issue(errors.startDate?.message)}
          {...register('startDate')}
        />
        <TextInput
          type="date"
          label={t('licences.fields.endDate')}
          error={issue(errors.endDate?.message)}
          {...register('endDate')}
        />
        <Controller
          control={control}
          name="noticeDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('licences.fields.noticeDays')}
              description={t('licences.form.noticeHint')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="autoRenew"
          render={({ field, fieldState }) => (
            <Switch
              label={t('licences.fields.autoRenew')}
              checked={field.value ?? false}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="governingLaw"
          render={({ field, fieldState }) => (
            <CountrySelect
              label={t('licences.fields.governingLaw')}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="royaltyBasis"
          render={({ field, fieldState }) => (
            <Select
              label={t('licences.fields.royaltyBasis')}
              data={royaltyBasisValues.map((value) => ({
                value,
                label: t(`licences.royaltyBasis.${value}`),
              }))}
              clearable
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="annualCost"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('licences.fields.annualCost')}
              min={0}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <TextInput
          label={t('licences.fields.currency')}
          description={t('licences.form.currencyHint')}
          maxLength={3}
          error={issue(errors.currency?.message)}
          {...register('currency')}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
