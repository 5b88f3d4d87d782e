import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '@shared/domain';
import { buildIcs } from '@shared/export/ics';
import { safeFileName } from '@shared/file-name';
import { useSettings } from '@renderer/data/settings';
import { platform } from '@renderer/platform';
import { useEntryText } from './useCalendarEntries';

/**
 * Saves the entries shown as an .ics file for the user's own calendar. Each keeps its UID from one export
 * to the next, so importing a newer file updates the events rather than adding them twice.
 */
export const useExportIcs = (): ((entries: readonly CalendarEntry[], period: string) => Promise<void>) => {
  const { t } = useTranslation();
  const settings = useSettings();
  const entryText = useEntryText();
  const organisation = settings?.organisationName.trim();
  return useCallback(
    async (entries, period) => {
      const built = await buildIcs(
        entries.map((entry) => ({ uid: entry.uid, date: entry.date, summary: entryText(entry) })),
        {
          now: new Date(),
          calendarName: organisation ? t('calendar.icsNameOf', { organisation }) : t('calendar.icsName'),
        },
      );
      const result = built.ok
        ? await platform.saveFile({
            suggestedName: safeFileName(`${t('calendar.icsFileName')}-${period}.ics`),
            data: new TextEncoder().encode(built.value),
            filters: [{ name: 'iCalendar', extensions: ['ics'] }],
          })
        : built;
      if (!result.ok) {
        notifications.show({ color: 'red', message: t('calendar.exportFailed', { reason: result.error }) });
      }
    },
    [t, entryText, organisation],
  );
};
