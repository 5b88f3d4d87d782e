import { Fieldset, Select, SimpleGrid, Text } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskLevel, riskScore } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { RiskFormValues } from './riskFormValues';

type ScaleField = 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact';

const scale = [1, 2, 3, 4, 5] as const;

/** A chosen 1–5 value, or undefined while none is (or '' for an emptied optional one). */
const asScale = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Likelihood and impact before and after treatment, each value saying what it means, and the live score. */
export const RiskFormRating = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<RiskFormValues>();
  const [likelihood, impact, residualLikelihood, residualImpact] = useWatch({
    control,
    name: ['likelihood', 'impact', 'residualLikelihood', 'residualImpact'],
  }).map(asScale);

  const fields: { name: ScaleField; axis: 'likelihood' | 'impact'; required: boolean }[] = [
    { name: 'likelihood', axis: 'likelihood', required: true },
    { name: 'impact', axis: 'impact', required: true },
    { name: 'residualLikelihood', axis: 'likelihood', required: false },
    { name: 'residualImpact', axis: 'impact', required: false },
  ];
  const score = (key: 'inherentScore' | 'residualScore', l: number | undefined, i: number | undefined) => {
    if (l === undefined || i === undefined) return null;
    const value = riskScore(l, i);
    return t(`risks.form.${key}`, { score: value, level: t(`risks.level.${riskLevel(value)}`) });
  };

  return (
    <Fieldset legend={t('risks.form.ratingSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {fields.map(({ name, axis, required }) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <Select
                label={t(`risks.fields.${name}`)}
                withAsterisk={required}
                description={required ? undefined : t('risks.form.residualHint')}
                data={scale.map((value) => ({ value: String(value), label: t(`risks.${axis}.v${value}`) }))}
                allowDeselect={!required}
                clearable={!required}
                value={typeof field.value === 'number' ? String(field.value) : null}
                onChange={(value) => field.onChange(value ? Number(value) : required ? undefined : '')}
                {...controlled(field, fieldState)}
              />
            )}
          />
        ))}
      </SimpleGrid>
      <Text mt="sm" fw={600} aria-live="polite">
        {score('inherentScore', likelihood, impact)}
      </Text>
      <Text fw={600} aria-live="polite">
        {score('residualScore', residualLikelihood ?? likelihood, residualImpact ?? impact)}
      </Text>
    </Fieldset>
  );
};
