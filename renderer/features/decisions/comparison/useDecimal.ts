import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A number with at most one decimal, the reader's way (62.5 / 62,5): shares, scores, months, points. */
export const useDecimal = (): ((value: number) => string) => {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [i18n.language]);
};
