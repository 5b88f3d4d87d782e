import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '@shared/domain';

/** One colour per level, from green to red; the level is always written too, so colour is never the only cue. */
export const riskLevelColor: Readonly<Record<RiskLevel, string>> = {
  low: 'green',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

/** A score with its level as a coloured badge, e.g. "20 Critical". */
export const RiskLevelBadge = ({ score, level }: { score: number; level: RiskLevel }) => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" span fw={600}>
        {score}
      </Text>
      <Badge color={riskLevelColor[level]} autoContrast>
        {t(`risks.level.${level}`)}
      </Badge>
    </Group>
  );
};
