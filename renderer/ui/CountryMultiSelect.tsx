import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useCountryOptions } from './useCountryNames';

type CountryMultiSelectProps = Omit<MultiSelectProps, 'data' | 'searchable'> & {
  /** Limits the choice to these codes (e.g. the countries present in the list); all countries otherwise. */
  codes?: readonly string[];
};

/** Several ISO 3166-1 countries, named in the UI language and searchable by name or code. */
export const CountryMultiSelect = ({ codes, ...props }: CountryMultiSelectProps) => {
  const data = useCountryOptions(codes);
  return <MultiSelect searchable clearable hidePickedOptions data={data} {...props} />;
};
