import { Fieldset, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { subjectTypeValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { ChecklistFormValues } from './checklistFormValues';

/** What the template is: its name, version, source and the kind of subject it assesses. */
export const ChecklistFormDetails = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<ChecklistFormValues>();
  const { errors } = formState;
  const subjectOptions = subjectTypeValues.map((value) => ({
    value,
    label: t(`checklists.subjectType.${value}`),
  }));

  return (
    <Fieldset legend={t('checklists.form.details')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('checklists.fields.name')}
          withAsterisk
          error={issue(errors.name?.message)}
          {...register('name')}
        />
        <TextInput
          label={t('checklists.fields.version')}
          description={t('checklists.form.versionHint')}
          withAsterisk
          error={issue(errors.version?.message)}
          {...register('version')}
        />
        <TextInput
          label={t('checklists.fields.source')}
          description={t('checklists.form.sourceHint')}
          error={issue(errors.source?.message)}
          {...register('source')}
        />
        <Controller
          control={control}
          name="subjectType"
          render={({ field, fieldState }) => (
            <Select
              label={t('checklists.fields.subjectType')}
              withAsterisk
              data={subjectOptions}
              allowDeselect={false}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
};
