import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { licenceTimeline } from '@shared/domain';
import { localToday } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { LicenceDeadlineList } from './LicenceDeadlineList';
import { groupEventsByMonth, rowsWithStatus, type LicenceRow } from './licenceRows';
import { paths } from '@renderer/paths';

/** The next 24 months of notice deadlines and expiries by month, beside what is due soon and what was missed. */
export const LicenceDeadlines = ({ rows }: { rows: readonly LicenceRow[] }) => {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const today = localToday();
  const months = useMemo(
    () =>
      groupEventsByMonth(
        licenceTimeline(
          rows.map((row) => row.licence),
          today,
        ),
      ),
    [rows, today],
  );
  const titles = useMemo(() => new Map(rows.map((row) => [row.licence.id, row.licence.title])), [rows]);
  const monthFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    [i18n.language],
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Stack gap="sm" component="section" aria-labelledby="licence-timeline">
        <Title order={2} size="h3" id="licence-timeline">
          {t('licences.deadlines.timeline')}
        </Title>
        {months.length === 0 && <Text c="dimmed">{t('licences.deadlines.timelineEmpty')}</Text>}
        {months.map(({ month, events }) => (
          <div key={month}>
            <Title order={3} size="h5">
              {monthFormat.format(new Date(`${month}-01T00:00:00Z`))}
            </Title>
            <List spacing={2}>
              {events.map((event) => (
                <List.Item key={`${event.licenceId}-${event.kind}`}>
                  <Anchor component={Link} to={paths.licences.view(event.licenceId)}>
                    {t('licences.deadlines.event', {
                      date: formatDate(event.date),
                      kind: t(`licences.deadlines.${event.kind}`),
                      title: titles.get(event.licenceId) ?? '',
                    })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
      <Stack gap="lg">
        <LicenceDeadlineList
          title={t('licences.deadlines.dueSoon')}
          emptyMessage={t('licences.deadlines.dueSoonEmpty')}
          rows={rowsWithStatus(rows, 'due-soon')}
        />
        <LicenceDeadlineList
          title={t('licences.deadlines.missed')}
          emptyMessage={t('licences.deadlines.missedEmpty')}
          rows={rowsWithStatus(rows, 'missed')}
        />
      </Stack>
    </SimpleGrid>
  );
};
