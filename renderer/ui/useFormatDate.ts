import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A stored YYYY-MM-DD date written the way the UI language writes dates ("12 Mar 2021", "12 mars 2021"). */
export const useFormatDate = (): ((date: string) => string) => {
  const { i18n } = useTranslation();
  // UTC on both sides: a date without time must not shift by a day in time zones west of Greenwich.
  const format = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }),
    [i18n.language],
  );
  return useCallback(
    (date: string) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? date : format.format(parsed);
    },
    [format],
  );
};
