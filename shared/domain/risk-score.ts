import type { Risk } from './risk';

export const riskLevelValues = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevelValues)[number];

/** Likelihood × impact on the 5×5 matrix: 1–25, the number the heatmap and the register sort by. */
export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

/**
 * Band of a score: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical (design §3). Products 17–19 cannot
 * occur with 1–5 inputs; they are treated as critical so the bands leave no gap if the scale ever changes.
 */
export const riskLevel = (score: number): RiskLevel => {
  if (score >= 17) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
};

/** The score before any treatment. */
export const inherentScore = (risk: Pick<Risk, 'likelihood' | 'impact'>): number =>
  riskScore(risk.likelihood, risk.impact);

/**
 * The score after treatment. Each axis falls back to its inherent value on its own, so a user who has only
 * judged that mitigation lowers the impact still sees a residual score rather than none.
 */
export const residualScore = (
  risk: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>,
): number => riskScore(risk.residualLikelihood ?? risk.likelihood, risk.residualImpact ?? risk.impact);
