import { Paper, Text, Title, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapView } from '@shared/domain';
import { riskLevelColor } from './RiskLevelBadge';
import type { HeatmapCellFilter } from './useRiskFilters';

interface RiskHeatmapProps {
  view: HeatmapView;
  heatmap: Heatmap;
  selected: HeatmapCellFilter | null;
  onSelect: (cell: HeatmapCellFilter) => void;
}

const scale = [5, 4, 3, 2, 1] as const;

/**
 * The 5×5 matrix as a grid of buttons, likelihood rising upwards and impact to the right: each cell is
 * coloured by its level and shows its count as text; clicking it filters the register to that cell.
 */
export const RiskHeatmap = ({ view, heatmap, selected, onSelect }: RiskHeatmapProps) => {
  const { t } = useTranslation();
  const viewName = t(`risks.heatmap.${view}`);
  const titleId = useId();
  // Named by its visible title, so the name is said once rather than as a label and again as a heading.
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" mb="xs" id={titleId}>
        {viewName}
      </Title>
      <div
        role="group"
        aria-label={t('risks.heatmap.gridLabel', { view: viewName })}
        style={{ display: 'grid', gridTemplateColumns: 'auto repeat(5, 1fr)', gap: 4 }}
      >
        {scale.map((likelihood) => (
          <div key={likelihood} style={{ display: 'contents' }}>
            <Text size="xs" c="dimmed" aria-hidden="true" style={{ alignSelf: 'center' }}>
              {likelihood}
            </Text>
            {[1, 2, 3, 4, 5].map((impact) => {
              const cell = heatmap[likelihood - 1]?.[impact - 1];
              if (!cell) return null;
              const count = cell.riskIds.length;
              const isSelected =
                selected?.view === view && selected.likelihood === likelihood && selected.impact === impact;
              return (
                <UnstyledButton
                  key={impact}
                  aria-label={t('risks.heatmap.cell', { likelihood, impact, count })}
                  aria-pressed={isSelected}
                  onClick={() => onSelect({ view, likelihood, impact })}
                  bg={`${riskLevelColor[cell.level]}.${count > 0 ? 6 : 1}`}
                  c={count > 0 ? 'white' : 'dimmed'}
                  ta="center"
                  fw={700}
                  py={6}
                  style={{
                    borderRadius: 4,
                    outline: isSelected ? '3px solid var(--mantine-color-blue-7)' : undefined,
                  }}
                >
                  {count}
                </UnstyledButton>
              );
            })}
          </div>
        ))}
        <span />
        {[1, 2, 3, 4, 5].map((impact) => (
          <Text key={impact} size="xs" c="dimmed" ta="center" aria-hidden="true">
            {impact}
          </Text>
        ))}
      </div>
      <Text size="xs" c="dimmed" mt={4}>
        {t('risks.heatmap.likelihoodAxis')} ↑ · {t('risks.heatmap.impactAxis')} →
      </Text>
    </Paper>
  );
};
