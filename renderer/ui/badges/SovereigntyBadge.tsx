import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SovereigntyStatus } from '@shared/domain';

/** One colour per level, from green (no concern) to red (critical); grey says nothing is known yet. */
export const sovereigntyLevelColor: Readonly<Record<SovereigntyStatus, string>> = {
  unrated: 'gray',
  none: 'green',
  low: 'lime',
  medium: 'yellow',
  high: 'orange',
  critical: 'red',
};

interface SovereigntyBadgeProps {
  level: SovereigntyStatus;
  /** Shown beside the badge when given: the 0–100 index that tells apart vendors of the same level. */
  index?: number | null;
}

/** A vendor's sovereignty level as a coloured badge whose text names the level, so colour is never the only cue. */
export const SovereigntyBadge = ({ level, index }: SovereigntyBadgeProps) => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        color={sovereigntyLevelColor[level]}
        variant={level === 'unrated' ? 'outline' : 'filled'}
        autoContrast
      >
        {t(`vendors.level.${level}`)}
      </Badge>
      {index !== undefined && index !== null && (
        <Text size="sm" c="dimmed" span>
          {t('vendors.level.indexShort', { index })}
        </Text>
      )}
    </Group>
  );
};
