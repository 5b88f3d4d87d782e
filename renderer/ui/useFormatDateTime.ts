import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * An ISO date-time written the way the UI language writes it ("31 Jan 2026, 09:00"). With 'second', to
 * the second: two versions of a record saved within the same minute must not read as saved together.
 */
export const useFormatDateTime = (precision: 'minute' | 'second' = 'minute'): ((at: string) => string) => {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: precision === 'second' ? 'medium' : 'short',
    });
    return (at: string) => format.format(new Date(at));
  }, [i18n.language, precision]);
};
