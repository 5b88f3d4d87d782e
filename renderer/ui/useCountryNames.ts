import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryCodes } from '@shared/domain';

export interface CountryOption {
  value: string;
  label: string;
}

/** Country names in the UI language, from the platform's Intl data (the file format keeps only the codes). */
export const useCountryName = (): ((code: string) => string) => {
  const { i18n } = useTranslation();
  const names = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'region' }), [i18n.language]);
  return useCallback((code: string) => names.of(code) ?? code, [names]);
};

/** Options for a country picker: "Name (CODE)", sorted by name in the UI language. */
export const useCountryOptions = (codes: readonly string[] = countryCodes): CountryOption[] => {
  const { i18n } = useTranslation();
  const countryName = useCountryName();
  return useMemo(
    () =>
      codes
        .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [codes, countryName, i18n.language],
  );
};
