import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesWithin, type CalendarEntry } from '@shared/domain';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { localToday } from '@shared/domain';
import { CalendarControls } from './CalendarControls';
import { CalendarMonth } from './CalendarMonth';
import { monthOf, periodRange } from './calendarPeriod';
import { useCalendarColumns } from './calendarColumns';
import { useCalendarEntries } from './useCalendarEntries';
import { useCalendarView } from './useCalendarView';
import { useExportIcs } from './useExportIcs';

const entryId = (entry: CalendarEntry): string => entry.uid;

/**
 * One calendar of every date to act on, as a month grid or a list over 1–12 months, filtered by kind; the
 * entries shown export as an .ics file.
 */
export const CalendarPage = () => {
  const { t } = useTranslation();
  const entries = useCalendarEntries();
  const { view, month: chosenMonth, period, kinds, setFilters } = useCalendarView();
  const today = localToday();
  const month = chosenMonth ?? monthOf(today);
  const months = view === 'month' ? 1 : period;
  const range = periodRange(month, months);
  const shown = useMemo(
    () => entries && entriesWithin(entries, range.from, range.to, kinds),
    [entries, range.from, range.to, kinds],
  );
  const columns = useCalendarColumns();
  const exportIcs = useExportIcs();

  return (
    <>
      <PageTitle>{t('calendar.title')}</PageTitle>
      <Text c="dimmed" mb="md">
        {t('calendar.intro')}
      </Text>
      <CalendarControls
        month={month}
        exportable={shown?.length}
        onExport={() => void (shown && exportIcs(shown, months === 1 ? month : `${range.from}-${range.to}`))}
      />
      {shown === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : view === 'month' ? (
        <CalendarMonth
          month={month}
          entries={shown}
          today={today}
          onShowList={() => setFilters({ view: 'list', period: 1 })}
        />
      ) : (
        <DataTable
          data={shown}
          columns={columns}
          getRowId={entryId}
          label={t('calendar.tableLabel')}
          emptyMessage={t('calendar.empty')}
          initialSorting={[{ id: 'date', desc: false }]}
        />
      )}
    </>
  );
};
