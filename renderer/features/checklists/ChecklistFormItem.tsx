import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { answerTypeValues, riskCategoryValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { ChecklistFormValues } from './checklistFormValues';

interface ChecklistFormItemProps {
  sectionIndex: number;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One question of the template: its wording, how it is answered and scored, and where it comes from. */
export const ChecklistFormItem = ({
  sectionIndex,
  index,
  count,
  onMove,
  onRemove,
}: ChecklistFormItemProps) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState, setValue } = useFormContext<ChecklistFormValues>();
  const path = `sections.${sectionIndex}.items.${index}` as const;
  const errors = formState.errors.sections?.[sectionIndex]?.items?.[index];
  const answerType = useWatch({ control, name: `${path}.answerType` });
  const number = index + 1;

  return (
    <Fieldset legend={t('checklists.form.item', { number })}>
      <Textarea
        label={t('checklists.fields.text')}
        withAsterisk
        autosize
        minRows={1}
        error={issue(errors?.text?.message ?? errors?.id?.message)}
        {...register(`${path}.text`)}
      />
      <SimpleGrid cols={{ base: 1, md: 4 }} mt="xs">
        <Controller
          control={control}
          name={`${path}.answerType`}
          render={({ field, fieldState }) => (
            <Select
              label={t('checklists.fields.answerType')}
              data={answerTypeValues.map((value) => ({ value, label: t(`checklists.answerType.${value}`) }))}
              allowDeselect={false}
              value={field.value}
              onChange={(value) => {
                if (!value) return;
                field.onChange(value);
                if (value !== 'maturity') setValue(`${path}.higherIsWorse`, false);
              }}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <Controller
          control={control}
          name={`${path}.weight`}
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('checklists.fields.weight')}
              min={0}
              max={100}
              decimalScale={2}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
              {...controlled(field, fieldState)}
            />
          )}
        />
        <TextInput
          label={t('checklists.fields.reference')}
          error={issue(errors?.reference?.message)}
          {...register(`${path}.reference`)}
        />
        <Controller
          control={control}
          name={`${path}.riskCategory`}
          render={({ field, fieldState }) => (
            <Select
              label={t('checklists.fields.riskCategory')}
              data={riskCategoryValues.map((value) => ({ value, label: t(`risks.category.${value}`) }))}
              clearable
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
      <Textarea
        label={t('checklists.fields.guidance')}
        autosize
        minRows={1}
        mt="xs"
        error={issue(errors?.guidance?.message)}
        {...register(`${path}.guidance`)}
      />
      {answerType === 'maturity' && (
        <Checkbox
          mt="sm"
          label={t('checklists.fields.higherIsWorse')}
          {...register(`${path}.higherIsWorse`)}
        />
      )}
      <Group justify="flex-end" mt="xs" gap="xs">
        <Button variant="subtle" size="xs" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          {t('checklists.form.moveItemUp', { number })}
        </Button>
        <Button
          variant="subtle"
          size="xs"
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
        >
          {t('checklists.form.moveItemDown', { number })}
        </Button>
        <Button variant="subtle" color="red" size="xs" onClick={() => onRemove(index)}>
          {t('checklists.form.removeItem', { number })}
        </Button>
      </Group>
    </Fieldset>
  );
};
