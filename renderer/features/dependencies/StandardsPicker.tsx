import { TagsInput } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { standardTitle } from '@shared/domain/standards';
import { useStandardsReference } from '@renderer/data/standards-reference';
import { useControllerProps } from '@renderer/ui/useControllerProps';
import type { DependencyFormValues } from './dependencyFormValues';

/**
 * The standards a dependency implements: picked from the reference list as edited (Standards → Reference
 * list; number and title, in the reader's language) or typed freely — a number such as TS 38.331 or a tag such as 5G NR Rel-17. The
 * schema stores each in one spelling.
 */
export const StandardsPicker = () => {
  const { t, i18n } = useTranslation();
  const controlled = useControllerProps();
  const { control } = useFormContext<DependencyFormValues>();
  const entries = useStandardsReference();
  const options = useMemo(
    () =>
      (entries ?? []).map((entry) => ({
        value: entry.number,
        label: `${entry.number} — ${standardTitle(entry, i18n.language)}`,
      })),
    [entries, i18n.language],
  );
  return (
    <Controller
      control={control}
      name="standards"
      render={({ field, fieldState }) => (
        <TagsInput
          label={t('dependencies.fields.standards')}
          description={t('dependencies.form.standardsHint')}
          data={options}
          value={field.value ?? []}
          onChange={field.onChange}
          acceptValueOnBlur
          clearable
          limit={20}
          {...controlled(field, fieldState)}
        />
      )}
    />
  );
};
