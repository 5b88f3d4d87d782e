import { Fieldset, NumberInput, SimpleGrid } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { substitutabilityValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { DescribedSelect } from './DescribedSelect';
import type { DependencyFormValues } from './dependencyFormValues';
import { criticalityLevels, useCriticalityLabel, useCriticalityMeaning } from './useCriticalityLabel';

/** How much the network needs it and how hard it is to leave: what concentration and exposure weigh. */
export const DependencyFormImpact = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<DependencyFormValues>();
  const criticalityLabel = useCriticalityLabel();
  const criticalityMeaning = useCriticalityMeaning();
  const criticalityOptions = criticalityLevels.map((value) => ({
    value: String(value),
    label: criticalityLabel(value),
    description: criticalityMeaning(value),
  }));
  const substitutabilityOptions = substitutabilityValues.map((value) => ({
    value,
    label: t(`dependencies.substitutability.${value}`),
    description: t(`dependencies.substitutabilityHint.${value}`),
  }));

  return (
    <Fieldset legend={t('dependencies.form.impactSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Controller
          control={control}
          name="criticality"
          render={({ field, fieldState }) => (
            <DescribedSelect
              label={t('dependencies.fields.criticality')}
              withAsterisk
              options={criticalityOptions}
              value={field.value === undefined ? null : String(field.value)}
              onChange={(value) => field.onChange(value === null ? undefined : Number(value))}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="substitutability"
          render={({ field, fieldState }) => (
            <DescribedSelect
              label={t('dependencies.fields.substitutability')}
              withAsterisk
              options={substitutabilityOptions}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="footprintPct"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('dependencies.fields.footprintPct')}
              description={t('dependencies.form.footprintHint')}
              min={0}
              max={100}
              suffix=" %"
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name="exitMonths"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('dependencies.fields.exitMonths')}
              description={t('dependencies.form.exitMonthsHint')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
