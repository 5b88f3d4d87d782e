import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '@shared/domain';

type CountrySelectProps = Omit<SelectProps, 'data' | 'searchable'>;

/** ISO 3166-1 countries named in the UI language by the platform's own Intl data, searchable by name or code. */
export const CountrySelect = (props: CountrySelectProps) => {
  const { i18n } = useTranslation();
  const data = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return countryCodes
      .map((code) => ({ value: code, label: `${names.of(code) ?? code} (${code})` }))
      .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  }, [i18n.language]);
  return <Select searchable clearable data={data} {...props} />;
};
