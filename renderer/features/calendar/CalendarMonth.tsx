import { Anchor, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, type CalendarEntry } from '@shared/domain';
import { monthWeeks, type Month } from './calendarPeriod';
import { statusColors } from './CalendarStatusBadge';
import { entryPath, useEntryText } from './useCalendarEntries';
import classes from './CalendarMonth.module.css';

/** Entries a day shows before the rest are counted: a month stays readable with thousands of entries. */
const perDay = 3;

interface CalendarMonthProps {
  month: Month;
  entries: readonly CalendarEntry[];
  today: string;
  /** Opens the list of the month, for a day with more entries than it shows. */
  onShowList: () => void;
}

/** A wall calendar of one month, Monday first: each day its entries, each entry a link to its record. */
export const CalendarMonth = ({ month, entries, today, onShowList }: CalendarMonthProps) => {
  const { t, i18n } = useTranslation();
  const entryText = useEntryText();
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const byDay = useMemo(() => {
    const days = new Map<string, CalendarEntry[]>();
    for (const entry of entries) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
    return days;
  }, [entries]);
  const formats = useMemo(
    () => ({
      month: new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      weekday: new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }),
      weekdayLong: new Intl.DateTimeFormat(i18n.language, { weekday: 'long', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' }),
    }),
    [i18n.language],
  );
  const utc = (date: string) => new Date(`${date}T00:00:00Z`);
  // 5 January 2026 is a Monday: the seven days from it name the columns.
  const weekdays = Array.from({ length: 7 }, (_, index) => utc(addDays('2026-01-05', index)));

  return (
    <Table withTableBorder withColumnBorders className={classes.grid}>
      <Table.Caption>{t('calendar.grid', { month: formats.month.format(utc(`${month}-01`)) })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {weekdays.map((day) => (
            <Table.Th key={day.toISOString()} scope="col">
              <abbr title={formats.weekdayLong.format(day)} style={{ textDecoration: 'none' }}>
                {formats.weekday.format(day)}
              </abbr>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week.find((day) => day !== null)}>
            {week.map((day, index) => {
              if (!day) return <Table.Td key={`empty-${index}`} className={classes.outside} />;
              const dayEntries = byDay.get(day) ?? [];
              return (
                <Table.Td key={day} className={classes.day} data-today={day === today || undefined}>
                  <Text size="xs" fw={day === today ? 700 : 400}>
                    <span aria-hidden="true">{Number(day.slice(8, 10))}</span>
                    <VisuallyHidden>{formats.day.format(utc(day))}</VisuallyHidden>
                  </Text>
                  <Stack gap={2}>
                    {dayEntries.slice(0, perDay).map((entry) => (
                      <Anchor
                        key={entry.uid}
                        component={Link}
                        to={entryPath(entry.target)}
                        size="xs"
                        c={statusColors[entry.status]}
                        className={classes.entry}
                        title={entryText(entry)}
                      >
                        {entryText(entry)}
                        <VisuallyHidden>{` — ${t(`calendar.status.${entry.status}`)}`}</VisuallyHidden>
                      </Anchor>
                    ))}
                    {dayEntries.length > perDay && (
                      <UnstyledButton onClick={onShowList} fz="xs" c="dimmed">
                        {t('calendar.more', { count: dayEntries.length - perDay })}
                      </UnstyledButton>
                    )}
                  </Stack>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
