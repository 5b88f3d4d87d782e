import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFormatters {
  /** A whole number with the language's grouping: 3,800 / 3 800. */
  integer: (value: number) => string;
  /** A 0–1 fraction as a percentage with one decimal: 37.5% / 37,5 %. */
  percent: (value: number) => string;
  /** A file size in the largest fitting unit, one decimal: 812 byte / 1.4 MB / 1,4 Mo. */
  bytes: (value: number) => string;
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** Numbers written the way a language writes them. */
export const numberFormatters = (language: string): NumberFormatters => {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const sizes = byteUnits.map(
    (unit) => new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }),
  );
  const bytes = (value: number): string => {
    const power = Math.min(byteUnits.length - 1, Math.floor(Math.log(Math.max(value, 1)) / Math.log(1024)));
    return (sizes[power] as Intl.NumberFormat).format(value / 1024 ** power);
  };
  return { integer: (value) => integer.format(value), percent: (value) => percent.format(value), bytes };
};

/** Numbers written the way the reader's language writes them. */
export const useFormatNumber = (): NumberFormatters => {
  const { i18n } = useTranslation();
  return useMemo(() => numberFormatters(i18n.language), [i18n.language]);
};
