import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import { ChecklistFormItem } from './ChecklistFormItem';
import { blankItem, type ChecklistFormValues } from './checklistFormValues';

/** The open section: its title and its items. Only this section's inputs are mounted, so 400 items stay fluid. */
export const ChecklistFormItems = ({ sectionIndex }: { sectionIndex: number }) => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const { control, register, formState } = useFormContext<ChecklistFormValues>();
  const { fields, append, move, remove } = useFieldArray({ control, name: `sections.${sectionIndex}.items` });
  const errors = formState.errors.sections?.[sectionIndex];

  return (
    <Stack>
      <TextInput
        label={t('checklists.fields.title')}
        withAsterisk
        error={issue(errors?.title?.message ?? errors?.id?.message)}
        {...register(`sections.${sectionIndex}.title`)}
      />
      {fields.length === 0 && <Text c="dimmed">{t('checklists.form.noItems')}</Text>}
      {fields.map((field, index) => (
        <ChecklistFormItem
          key={field.id}
          sectionIndex={sectionIndex}
          index={index}
          count={fields.length}
          onMove={move}
          onRemove={remove}
        />
      ))}
      <Group>
        <Button variant="light" onClick={() => append(blankItem())}>
          {t('checklists.form.addItem')}
        </Button>
      </Group>
    </Stack>
  );
};
