import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { buildHeatmap, isOpenRisk, type Risk } from '@shared/domain';
import { RiskHeatmap } from './RiskHeatmap';
import { useRiskFilters } from './useRiskFilters';

/** Inherent and residual heatmaps side by side, from the open risks; a click filters the register. */
export const RiskHeatmaps = ({ risks }: { risks: readonly Risk[] }) => {
  const cell = useRiskFilters((state) => state.cell);
  const setFilters = useRiskFilters((state) => state.setFilters);
  const { inherent, residual } = useMemo(() => {
    const open = risks.filter(isOpenRisk);
    return { inherent: buildHeatmap(open, 'inherent'), residual: buildHeatmap(open, 'residual') };
  }, [risks]);
  const select = (next: NonNullable<typeof cell>) => setFilters({ cell: next });
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="md" maw={900}>
      <RiskHeatmap view="inherent" heatmap={inherent} selected={cell} onSelect={select} />
      <RiskHeatmap view="residual" heatmap={residual} selected={cell} onSelect={select} />
    </SimpleGrid>
  );
};
