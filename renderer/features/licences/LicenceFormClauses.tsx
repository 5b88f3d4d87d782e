import { Fieldset, SimpleGrid, Text, Select } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { clauseNames, clauseValues } from '@shared/domain';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { LicenceFormValues } from './licenceFormValues';

/** The ten protective clauses, each with why it matters to an operator. */
export const LicenceFormClauses = () => {
  const { t } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<LicenceFormValues>();
  const options = clauseValues.map((value) => ({ value, label: t(`licences.clauseValue.${value}`) }));

  return (
    <Fieldset legend={t('licences.form.clausesSection')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('licences.form.clausesHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {clauseNames.map((name) => (
          <Controller
            key={name}
            control={control}
            name={`clauses.${name}`}
            render={({ field, fieldState }) => (
              <Select
                label={t(`licences.clause.${name}`)}
                description={t(`licences.clauseGuide.${name}`)}
                data={options}
                allowDeselect={false}
                value={field.value ?? 'unknown'}
                onChange={field.onChange}
                {...controlled(field, fieldState)}
              />
            )}
          />
        ))}
      </SimpleGrid>
    </Fieldset>
  );
};
