import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { criticalExposure, type Dependency, type SovereigntyStatus } from '@shared/domain';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { StatCard } from './StatCard';

interface CriticalExposureCardProps {
  dependencies: Dependency[];
  levels: ReadonlyMap<string, SovereigntyStatus>;
}

/** The board figure of design §3, with the rule behind it. */
export const CriticalExposureCard = ({ dependencies, levels }: CriticalExposureCardProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const result = useMemo(() => criticalExposure(dependencies, levels), [dependencies, levels]);
  return (
    <StatCard
      title={t('exposure.board.title')}
      value={
        result.share === null
          ? '—'
          : t('exposure.board.value', {
              exposed: format.integer(result.exposedIds.length),
              critical: format.integer(result.criticalCount),
            })
      }
    >
      {result.share !== null && (
        <Text fw={500}>{t('exposure.board.share', { share: format.percent(result.share) })}</Text>
      )}
      <Text size="sm" c="dimmed">
        {result.share === null ? t('exposure.board.none') : t('exposure.board.explanation')}
      </Text>
    </StatCard>
  );
};
