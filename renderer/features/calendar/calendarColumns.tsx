import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { calendarEntryKindValues, calendarStatusValues, type CalendarEntry } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { CalendarStatusBadge } from './CalendarStatusBadge';
import { entryPath, useEntryText } from './useCalendarEntries';

const column = createColumnHelper<CalendarEntry>();

/** The calendar's list: date, kind, the entry (a link to its record) and its status. */
export const useCalendarColumns = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const entryText = useEntryText();
  return useMemo(
    () => [
      column.accessor('date', {
        header: t('calendar.columns.date'),
        size: 150,
        cell: ({ row }) => formatDate(row.original.date),
      }),
      column.accessor((entry) => calendarEntryKindValues.indexOf(entry.kind), {
        id: 'kind',
        header: t('calendar.columns.kind'),
        size: 170,
        cell: ({ row }) => t(`calendar.kind.${row.original.kind}`),
      }),
      column.accessor((entry) => entryText(entry), {
        id: 'entry',
        header: t('calendar.columns.entry'),
        size: 420,
        cell: ({ row }) => (
          <Anchor component={Link} to={entryPath(row.original.target)}>
            {row.original.context ? `${row.original.name} (${row.original.context})` : row.original.name}
          </Anchor>
        ),
      }),
      column.accessor((entry) => calendarStatusValues.indexOf(entry.status), {
        id: 'status',
        header: t('calendar.columns.status'),
        size: 170,
        cell: ({ row }) => <CalendarStatusBadge status={row.original.status} />,
      }),
    ],
    [t, formatDate, entryText],
  );
};
