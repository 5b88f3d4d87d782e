import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { LicenceDeadlineList } from './LicenceDeadlineList';
import { rowsWithStatus } from './licenceRows';
import { useLicenceRows } from './useLicenceRows';

/** Dashboard: notice deadlines missed and due soon, counted and listed, each linked to its licence. */
export const LicenceDeadlinesCard = () => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const rows = useLicenceRows();
  if (!rows) return null;
  const missed = rowsWithStatus(rows, 'missed');
  const dueSoon = rowsWithStatus(rows, 'due-soon');

  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="licence-deadlines-card">
      <Stack gap="sm">
        <Title order={2} size="h3" id="licence-deadlines-card">
          {t('licences.card.title')}
        </Title>
        <Text fw={600}>
          {t('licences.card.summary', {
            missed: format.integer(missed.length),
            dueSoon: format.integer(dueSoon.length),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('licences.card.explanation')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <LicenceDeadlineList
            title={t('licences.deadlines.missed')}
            emptyMessage={t('licences.deadlines.missedEmpty')}
            rows={missed}
          />
          <LicenceDeadlineList
            title={t('licences.deadlines.dueSoon')}
            emptyMessage={t('licences.deadlines.dueSoonEmpty')}
            rows={dueSoon}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
};
