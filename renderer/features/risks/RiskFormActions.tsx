import { Button, CloseButton, Fieldset, Group, Select, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { actionStatusValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { RiskFormValues } from './riskFormValues';

/** The actions that treat the risk, each with its owner, due date and status. */
export const RiskFormActions = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<RiskFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'actions', keyName: 'key' });
  return (
    <Fieldset legend={t('risks.form.actionsSection')}>
      {fields.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('risks.form.noActions')}
        </Text>
      )}
      {fields.map((item, index) => {
        const number = index + 1;
        const errors = formState.errors.actions?.[index];
        return (
          <Group
            key={item.key}
            role="group"
            aria-label={t('risks.form.action', { number })}
            align="flex-start"
            wrap="nowrap"
            mb="sm"
          >
            <TextInput
              label={t('risks.form.actionTitle')}
              withAsterisk
              error={issue(errors?.title?.message)}
              style={{ flex: 2 }}
              {...register(`actions.${index}.title`)}
            />
            <TextInput
              label={t('risks.form.actionOwner')}
              error={issue(errors?.owner?.message)}
              style={{ flex: 1 }}
              {...register(`actions.${index}.owner`)}
            />
            <TextInput
              label={t('risks.form.actionDueDate')}
              type="date"
              error={issue(errors?.dueDate?.message)}
              {...register(`actions.${index}.dueDate`)}
            />
            <Controller
              control={control}
              name={`actions.${index}.status`}
              render={({ field, fieldState }) => (
                <Select
                  label={t('risks.form.actionStatus')}
                  data={actionStatusValues.map((value) => ({
                    value,
                    label: t(`risks.actionStatus.${value}`),
                  }))}
                  allowDeselect={false}
                  value={field.value ?? 'todo'}
                  onChange={field.onChange}
                  w={150}
                  {...controlled(field, fieldState)}
                />
              )}
            />
            <CloseButton
              mt={26}
              aria-label={t('risks.form.removeAction', { number })}
              onClick={() => remove(index)}
            />
          </Group>
        );
      })}
      <Button
        variant="light"
        onClick={() => append({ id: crypto.randomUUID(), title: '', owner: '', dueDate: '', status: 'todo' })}
      >
        {t('risks.form.addAction')}
      </Button>
    </Fieldset>
  );
};
