import { ActionIcon, Button, Chip, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEntryKindValues } from '@shared/domain';
import { periodRange, shiftMonth, type Month } from './calendarPeriod';
import { calendarPeriodValues, useCalendarView, type CalendarPeriod } from './useCalendarView';

interface CalendarControlsProps {
  month: Month;
  /** What the view shows, to be exported; undefined while loading. */
  exportable: number | undefined;
  onExport: () => void;
}

const isPeriod = (value: number): value is CalendarPeriod =>
  (calendarPeriodValues as readonly number[]).includes(value);

/** Month navigation, month or list, the list's period, the kinds shown and the .ics export. */
export const CalendarControls = ({ month, exportable, onExport }: CalendarControlsProps) => {
  const { t, i18n } = useTranslation();
  const { view, period, kinds, setFilters } = useCalendarView();
  const shown = view === 'month' ? 1 : period;
  const label = useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const { to } = periodRange(month, shown);
    const first = format.format(new Date(`${month}-01T00:00:00Z`));
    return shown === 1 ? first : `${first} – ${format.format(new Date(`${to}T00:00:00Z`))}`;
  }, [i18n.language, month, shown]);

  return (
    <Stack gap="sm" mb="md" role="group" aria-label={t('calendar.controls')}>
      <Group justify="space-between" align="center">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('calendar.previous')}
            onClick={() => setFilters({ month: shiftMonth(month, -1) })}
          >
            ‹
          </ActionIcon>
          <Title order={2} size="h3" miw={220} ta="center" aria-live="polite">
            {label}
          </Title>
          <ActionIcon
            variant="default"
            aria-label={t('calendar.next')}
            onClick={() => setFilters({ month: shiftMonth(month, 1) })}
          >
            ›
          </ActionIcon>
          <Button variant="subtle" size="xs" onClick={() => setFilters({ month: undefined })}>
            {t('calendar.today')}
          </Button>
        </Group>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('calendar.view.label')}
            value={view}
            onChange={(value) => setFilters({ view: value === 'list' ? 'list' : 'month' })}
            data={[
              { value: 'month', label: t('calendar.view.month') },
              { value: 'list', label: t('calendar.view.list') },
            ]}
          />
          {view === 'list' && (
            <Select
              aria-label={t('calendar.period.label')}
              w={140}
              allowDeselect={false}
              value={String(period)}
              onChange={(value) => {
                const next = Number(value);
                if (isPeriod(next)) setFilters({ period: next });
              }}
              data={calendarPeriodValues.map((value) => ({
                value: String(value),
                label: t(`calendar.period.${value}`),
              }))}
            />
          )}
          <Button onClick={onExport} disabled={!exportable} title={t('calendar.exportHint')}>
            {t('calendar.exportIcs')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="center">
        <Text size="sm" fw={500} id="calendar-kinds">
          {t('calendar.kinds')}
        </Text>
        <Chip.Group
          multiple
          value={kinds}
          onChange={(value) =>
            setFilters({
              kinds: calendarEntryKindValues.filter((kind) => value.includes(kind)),
            })
          }
        >
          <Group gap={6} role="group" aria-labelledby="calendar-kinds">
            {calendarEntryKindValues.map((kind) => (
              <Chip key={kind} value={kind} size="xs">
                {t(`calendar.kind.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
    </Stack>
  );
};
