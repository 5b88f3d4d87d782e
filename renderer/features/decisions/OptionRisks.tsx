import { Button, CloseButton, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { DecisionFormValues } from './decisionFormValues';

interface OptionRisksProps {
  optionIndex: number;
  riskOptions: { value: string; label: string }[];
}

const scale = [1, 2, 3, 4, 5].map((value) => ({ value: String(value), label: String(value) }));

/**
 * The risks the option mitigates with the residual likelihood and impact expected after it, and the
 * follow-up actions that approval adds to those risks (or to the ones named).
 */
export const OptionRisks = ({ optionIndex, riskOptions }: OptionRisksProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { control, register, setValue, formState } = useFormContext<DecisionFormValues>();
  const residualName = `options.${optionIndex}.expectedResidual` as const;
  const residuals = useWatch({ control, name: residualName });
  const followUps = useFieldArray({ control, name: `options.${optionIndex}.followUp`, keyName: 'key' });
  const titleOf = new Map(riskOptions.map((option) => [option.value, option.label]));
  const optionErrors = formState.errors.options?.[optionIndex];

  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('decisions.fields.mitigates')}
        description={t('decisions.form.mitigatesHint')}
        data={riskOptions}
        searchable
        clearable
        limit={100}
        nothingFoundMessage={t('decisions.form.nothingFound')}
        value={Object.keys(residuals)}
        onChange={(ids) =>
          setValue(residualName, Object.fromEntries(ids.map((id) => [id, residuals[id] ?? ['', '']])), {
            shouldDirty: true,
          })
        }
      />
      {Object.keys(residuals).map((riskId) => {
        const riskErrors = (
          optionErrors?.expectedResidual as Record<string, { message?: string }> | undefined
        )?.[riskId];
        return (
          <Group
            key={riskId}
            align="flex-start"
            role="group"
            aria-label={t('decisions.form.residualOf', { risk: titleOf.get(riskId) ?? riskId })}
          >
            <Text size="sm" mt={30} style={{ flex: 1 }}>
              {titleOf.get(riskId) ?? t('decisions.subject.deleted')}
              {riskErrors?.message && (
                <Text span c="red" size="xs" display="block">
                  {issue(riskErrors.message)}
                </Text>
              )}
            </Text>
            {(['likelihood', 'impact'] as const).map((axis, a) => (
              <Controller
                key={axis}
                control={control}
                name={`${residualName}.${riskId}.${a}`}
                render={({ field, fieldState }) => (
                  <Select
                    label={t(`decisions.fields.residual.${axis}`)}
                    data={scale}
                    value={field.value === '' || field.value === undefined ? null : String(field.value)}
                    onChange={(value) => field.onChange(value === null ? '' : Number(value))}
                    w={160}
                    {...controlled(field, fieldState)}
                  />
                )}
              />
            ))}
          </Group>
        );
      })}
      <Text fw={500} size="sm" mt="xs">
        {t('decisions.form.followUps')}
      </Text>
      {followUps.fields.map((item, f) => {
        const number = f + 1;
        const errors = optionErrors?.followUp?.[f];
        return (
          <Group
            key={item.key}
            align="flex-start"
            wrap="nowrap"
            role="group"
            aria-label={t('decisions.form.followUp', { number })}
          >
            <TextInput
              label={t('decisions.fields.followUpTitle')}
              withAsterisk
              error={issue(errors?.title?.message)}
              style={{ flex: 2 }}
              {...register(`options.${optionIndex}.followUp.${f}.title`)}
            />
            <TextInput
              label={t('decisions.fields.followUpOwner')}
              error={issue(errors?.owner?.message)}
              style={{ flex: 1 }}
              {...register(`options.${optionIndex}.followUp.${f}.owner`)}
            />
            <TextInput
              label={t('decisions.fields.followUpDueDate')}
              type="date"
              error={issue(errors?.dueDate?.message)}
              {...register(`options.${optionIndex}.followUp.${f}.dueDate`)}
            />
            <Controller
              control={control}
              name={`options.${optionIndex}.followUp.${f}.riskIds`}
              render={({ field, fieldState }) => (
                <MultiSelect
                  label={t('decisions.fields.followUpRisks')}
                  placeholder={t('decisions.form.followUpRisksHint')}
                  data={riskOptions}
                  searchable
                  clearable
                  limit={100}
                  value={field.value}
                  onChange={field.onChange}
                  style={{ flex: 2 }}
                  {...controlled(field, fieldState)}
                />
              )}
            />
            <CloseButton
              mt={26}
              aria-label={t('decisions.form.removeFollowUp', { number })}
              onClick={() => followUps.remove(f)}
            />
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => followUps.append({ title: '', owner: '', dueDate: '', riskIds: [] })}
        >
          {t('decisions.form.addFollowUp')}
        </Button>
      </Group>
    </Stack>
  );
};
