import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** An ISO date-time written the way the UI language writes it ("31 Jan 2026, 09:00"). */
export const useFormatDateTime = (): ((at: string) => string) => {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    return (at: string) => format.format(new Date(at));
  }, [i18n.language]);
};
