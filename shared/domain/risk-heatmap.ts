import type { Risk } from './risk';
import { riskLevel, riskScore, type RiskLevel } from './risk-score';

export type HeatmapView = 'inherent' | 'residual';

export interface HeatmapCell {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
  /** Ids of the risks in the cell, in the order they were given. */
  riskIds: string[];
}

/** cells[likelihood − 1][impact − 1]: the 5×5 matrix, every cell present even when empty. */
export type Heatmap = HeatmapCell[][];

type HeatmapRisk = Pick<Risk, 'id' | 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;

const scale = [1, 2, 3, 4, 5] as const;

/**
 * Places each risk in its cell of the 5×5 likelihood × impact matrix, inherent or residual (each residual
 * axis falling back to its inherent value, as residualScore does). One pass over the risks; closed risks
 * are the caller's to leave out.
 */
export const buildHeatmap = (risks: Iterable<HeatmapRisk>, view: HeatmapView): Heatmap => {
  const cells: Heatmap = scale.map((likelihood) =>
    scale.map((impact) => {
      const score = riskScore(likelihood, impact);
      return { likelihood, impact, score, level: riskLevel(score), riskIds: [] };
    }),
  );
  for (const risk of risks) {
    const likelihood = view === 'residual' ? (risk.residualLikelihood ?? risk.likelihood) : risk.likelihood;
    const impact = view === 'residual' ? (risk.residualImpact ?? risk.impact) : risk.impact;
    cells[likelihood - 1]?.[impact - 1]?.riskIds.push(risk.id);
  }
  return cells;
};
