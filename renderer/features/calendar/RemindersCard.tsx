import { Anchor, Group, List, Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reminderEntries } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { CalendarStatusBadge } from './CalendarStatusBadge';
import { entryPath, useCalendarEntries, useEntryText } from './useCalendarEntries';
import { useCalendarView } from './useCalendarView';
import { paths } from '@renderer/paths';

/** How many reminders the Dashboard names; the rest are counted and found in the calendar. */
const shown = 8;

/**
 * Dashboard: what is overdue or due within 30 days, from every register, by the calendar's own rule (one
 * shared function computes both), the oldest first.
 */
export const RemindersCard = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const entryText = useEntryText();
  const entries = useCalendarEntries();
  const setCalendar = useCalendarView((state) => state.setFilters);
  const reminders = useMemo(() => (entries ? reminderEntries(entries) : undefined), [entries]);
  if (!reminders) return null;
  const overdue = reminders.filter((entry) => entry.status === 'overdue').length;

  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="reminders">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="reminders">
          {t('calendar.reminders.title')}
        </Title>
        <Anchor
          component={Link}
          to={paths.calendar}
          size="sm"
          onClick={() => setCalendar({ month: undefined })}
        >
          {t('calendar.reminders.openCalendar')}
        </Anchor>
      </Group>
      <Text size="sm" c={overdue > 0 ? 'red' : undefined}>
        {t('calendar.reminders.overdue', { count: overdue })}
      </Text>
      <Text size="sm" mb="xs">
        {t('calendar.reminders.dueSoon', { count: reminders.length - overdue })}
      </Text>
      {reminders.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('calendar.reminders.none')}
        </Text>
      ) : (
        <List spacing={4} aria-label={t('calendar.reminders.listLabel')}>
          {reminders.slice(0, shown).map((entry) => (
            <List.Item key={entry.uid}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" span miw={110}>
                  {formatDate(entry.date)}
                </Text>
                <Anchor component={Link} to={entryPath(entry.target)} size="sm">
                  {entryText(entry)}
                </Anchor>
                <CalendarStatusBadge status={entry.status} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
};
