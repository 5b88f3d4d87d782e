import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sovereigntyLevelRank, type SovereigntyStatus } from '@shared/domain';
import { SovereigntyBadge } from '@renderer/ui/badges/SovereigntyBadge';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** How many vendors sit at each sovereignty level, most severe first. */
export const SovereigntyLevelsCard = ({ levels }: { levels: ReadonlyMap<string, SovereigntyStatus> }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const counts = new Map<SovereigntyStatus, number>();
  for (const level of levels.values()) counts.set(level, (counts.get(level) ?? 0) + 1);
  const ordered = [...counts].sort(([a], [b]) => sovereigntyLevelRank[b] - sovereigntyLevelRank[a]);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('sections.dashboard.levelsTitle')}>
      <Text size="sm" c="dimmed" fw={500} mb="xs">
        {t('sections.dashboard.levelsTitle')}
      </Text>
      <Stack gap={4} role="list">
        {ordered.map(([level, count]) => (
          <Group key={level} justify="space-between" role="listitem">
            <SovereigntyBadge level={level} />
            <Text fw={600}>{format.integer(count)}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
};
