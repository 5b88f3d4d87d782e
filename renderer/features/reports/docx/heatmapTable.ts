import { riskLevel, riskScore, type Heatmap } from '@shared/domain';
import type { Table } from 'docx';
import { wordTable, type WordCell } from './wordTable';

const scale = [1, 2, 3, 4, 5] as const;

/**
 * The 5×5 matrix as a table: likelihood rows from 5 down to 1, impact columns from 1 to 5, the number of
 * risks in each cell, shaded by the level of its score (likelihood × impact).
 */
export const heatmapTable = (heatmap: Heatmap, axes: { likelihood: string; impact: string }): Table => {
  const header: WordCell[] = [
    { text: `${axes.likelihood} \\ ${axes.impact}` },
    ...scale.map((impact) => ({ text: String(impact), align: 'center' as const })),
  ];
  const rows = [...scale].reverse().map((likelihood): WordCell[] => [
    { text: String(likelihood), align: 'center', bold: true },
    ...scale.map((impact) => ({
      text: String(heatmap[likelihood - 1]?.[impact - 1]?.riskIds.length ?? 0),
      align: 'center' as const,
      shade: riskLevel(riskScore(likelihood, impact)),
    })),
  ]);
  return wordTable(header, rows);
};
