import { Fieldset, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { riskCategoryValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import { useIssueMessage } from '@renderer/ui/useIssueMessage';
import type { RiskFormValues } from './riskFormValues';

/** What the risk is: its title, category and description. */
export const RiskFormWhat = () => {
  const { t } = useTranslation();
  const issue = useIssueMessage();
  const controlled = useControllerProps();
  const { register, control, formState } = useFormContext<RiskFormValues>();
  return (
    <Fieldset legend={t('risks.form.whatSection')}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('risks.fields.title')}
          withAsterisk
          error={issue(formState.errors.title?.message)}
          {...register('title')}
        />
        <Controller
          control={control}
          name="category"
          render={({ field, fieldState }) => (
            <Select
              label={t('risks.fields.category')}
              withAsterisk
              data={riskCategoryValues.map((value) => ({ value, label: t(`risks.category.${value}`) }))}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={field.onChange}
              {...controlled(field, fieldState)}
            />
          )}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('risks.fields.description')}
        autosize
        minRows={2}
        error={issue(formState.errors.description?.message)}
        {...register('description')}
      />
    </Fieldset>
  );
};
