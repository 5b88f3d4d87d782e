import {
  CloseButton,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  clauseNames,
  decisionOptionKindValues,
  isSpdxExpression,
  licenceClass,
  switchingCostKinds,
} from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { DependencyOption } from '@renderer/ui/records/dependencyOptions';
import type { VendorOption } from '@renderer/ui/records/vendorOptions';
import type { DecisionFormValues } from './decisionFormValues';
import { NumberField } from './NumberField';
import { OptionMoves } from './OptionMoves';
import { OptionRisks } from './OptionRisks';

interface OptionFieldsetProps {
  index: number;
  canRemove: boolean;
  onRemove: () => void;
  dependencyOptions: DependencyOption[];
  vendorOptions: VendorOption[];
  riskOptions: { value: string; label: string }[];
}

/** One way out: its kind with guidance, what it moves, what it costs and takes, its licence and its risks. */
export const OptionFieldset = ({ index, canRemove, onRemove, ...records }: OptionFieldsetProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { control, register, formState } = useFormContext<DecisionFormValues>();
  const kind = useWatch({ control, name: `options.${index}.kind` });
  const spdx = useWatch({ control, name: `options.${index}.spdxExpression` }).trim();
  const errors = formState.errors.options?.[index];
  const number = index + 1;
  const base = `options.${index}` as const;

  return (
    <Fieldset
      legend={
        <Group gap="xs">
          <span>{t('decisions.form.option', { number })}</span>
          {canRemove && (
            <CloseButton
              size="sm"
              aria-label={t('decisions.form.removeOption', { number })}
              onClick={onRemove}
            />
          )}
        </Group>
      }
      role="group"
      aria-label={t('decisions.form.option', { number })}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Controller
            control={control}
            name={`${base}.kind`}
            render={({ field, fieldState }) => (
              <Select
                label={t('decisions.fields.kind')}
                description={t(`decisions.kindGuidance.${field.value}`)}
                data={decisionOptionKindValues.map((value) => ({
                  value,
                  label: t(`decisions.kind.${value}`),
                }))}
                allowDeselect={false}
                value={field.value}
                onChange={field.onChange}
                {...controlled(field, fieldState)}
              />
            )}
          />
          <TextInput
            label={t('decisions.fields.optionTitle')}
            withAsterisk
            error={issue(errors?.title?.message)}
            {...register(`${base}.title`)}
          />
        </SimpleGrid>
        <Textarea label={t('decisions.fields.notes')} autosize minRows={1} {...register(`${base}.notes`)} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NumberField name={`${base}.oneOffCost`} label={t('decisions.fields.oneOffCost')} />
          <NumberField
            name={`${base}.annualCostDelta`}
            label={t('decisions.fields.annualCostDelta')}
            description={t('decisions.form.annualCostHint')}
          />
          <NumberField name={`${base}.monthsToImplement`} label={t('decisions.fields.monthsToImplement')} />
        </SimpleGrid>
        <Text fw={500} size="sm">
          {t('decisions.form.switchingCosts')}
        </Text>
        <SimpleGrid cols={{ base: 2, md: 5 }}>
          {switchingCostKinds.map((cost) => (
            <NumberField
              key={cost}
              name={`${base}.switchingCosts.${cost}`}
              label={t(`decisions.switchingCost.${cost}`)}
            />
          ))}
        </SimpleGrid>
        {kind === 'renegotiate' && (
          <Controller
            control={control}
            name={`${base}.targetClauses`}
            render={({ field, fieldState }) => (
              <MultiSelect
                label={t('decisions.fields.targetClauses')}
                description={t('decisions.form.targetClausesHint')}
                data={clauseNames.map((value) => ({ value, label: t(`licences.clause.${value}`) }))}
                searchable
                clearable
                value={field.value}
                onChange={field.onChange}
                {...controlled(field, fieldState)}
              />
            )}
          />
        )}
        {(kind === 'open-or-in-house' || spdx !== '') && (
          <TextInput
            label={t('decisions.fields.spdxExpression')}
            description={
              spdx !== '' && isSpdxExpression(spdx)
                ? t('decisions.form.licenceClass', { name: t(`licences.licenceClass.${licenceClass(spdx)}`) })
                : t('decisions.form.spdxHint')
            }
            error={issue(errors?.spdxExpression?.message)}
            {...register(`${base}.spdxExpression`)}
          />
        )}
        <OptionMoves
          optionIndex={index}
          kind={kind}
          dependencyOptions={records.dependencyOptions}
          vendorOptions={records.vendorOptions}
        />
        <OptionRisks optionIndex={index} riskOptions={records.riskOptions} />
      </Stack>
    </Fieldset>
  );
};
