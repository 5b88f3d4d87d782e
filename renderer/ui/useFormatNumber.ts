import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFormatters {
  /** A whole number with the language's grouping: 3,800 / 3 800. */
  integer: (value: number) => string;
  /** A 0–1 fraction as a percentage with one decimal: 37.5% / 37,5 %. */
  percent: (value: number) => string;
}

/** Numbers written the way the reader's language writes them. */
export const useFormatNumber = (): NumberFormatters => {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const integer = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
    return { integer: (value) => integer.format(value), percent: (value) => percent.format(value) };
  }, [i18n.language]);
};
