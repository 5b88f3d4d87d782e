import { describe, expect, it } from 'vitest';
import { buildHeatmap, type Risk } from '@shared/domain';

type Row = Pick<Risk, 'id' | 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;
const risk = (id: string, likelihood: number, impact: number, residual: Partial<Row> = {}): Row => ({
  id,
  likelihood,
  impact,
  ...residual,
});

const cell = (heatmap: ReturnType<typeof buildHeatmap>, likelihood: number, impact: number) =>
  heatmap[likelihood - 1]?.[impact - 1];

describe('buildHeatmap', () => {
  const risks = [
    risk('a', 5, 4, { residualLikelihood: 2 }),
    risk('b', 5, 4, { residualLikelihood: 2, residualImpact: 2 }),
    risk('c', 1, 1),
  ];

  it('has all 25 cells with their score and level, empty or not', () => {
    const heatmap = buildHeatmap([], 'inherent');
    expect(heatmap.flat()).toHaveLength(25);
    expect(cell(heatmap, 4, 5)).toMatchObject({ score: 20, level: 'critical', riskIds: [] });
    expect(cell(heatmap, 3, 3)).toMatchObject({ score: 9, level: 'medium' });
    expect(cell(heatmap, 2, 5)).toMatchObject({ score: 10, level: 'high' });
  });

  it('places each risk by its inherent likelihood and impact', () => {
    const heatmap = buildHeatmap(risks, 'inherent');
    expect(cell(heatmap, 5, 4)?.riskIds).toEqual(['a', 'b']);
    expect(cell(heatmap, 1, 1)?.riskIds).toEqual(['c']);
    expect(heatmap.flat().reduce((sum, entry) => sum + entry.riskIds.length, 0)).toBe(3);
  });

  it('places residual risks by their residual values, each axis falling back to the inherent one', () => {
    const heatmap = buildHeatmap(risks, 'residual');
    expect(cell(heatmap, 2, 4)?.riskIds).toEqual(['a']); // impact not reassessed: stays 4
    expect(cell(heatmap, 2, 2)?.riskIds).toEqual(['b']);
    expect(cell(heatmap, 1, 1)?.riskIds).toEqual(['c']); // untreated: residual = inherent
    expect(cell(heatmap, 5, 4)?.riskIds).toEqual([]);
  });
});
