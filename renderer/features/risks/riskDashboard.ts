import {
  isActionOverdue,
  isOpenRisk,
  isReviewOverdue,
  residualScore,
  riskLevel,
  riskLevelValues,
  type Risk,
  type RiskLevel,
} from '@shared/domain';

export interface RiskDashboard {
  /** Open (not closed) risks per residual level. */
  openByLevel: Record<RiskLevel, number>;
  /** The five open risks with the highest residual score, highest first. */
  topFive: { risk: Risk; score: number; level: RiskLevel }[];
  overdueActions: number;
  reviewsPast: number;
  /** Reviews from today to thirty days ahead. */
  reviewsSoon: number;
}

/** `date` plus `days`, as YYYY-MM-DD (computed in UTC, as the stored dates carry no time). */
const addDays = (date: string, days: number): string => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
};

/** The dashboard's risk figures, in one pass over the risks. */
export const summariseRisks = (risks: readonly Risk[], today: string): RiskDashboard => {
  const openByLevel = Object.fromEntries(riskLevelValues.map((level) => [level, 0])) as Record<
    RiskLevel,
    number
  >;
  const scored: RiskDashboard['topFive'] = [];
  const soonLimit = addDays(today, 30);
  let overdueActions = 0;
  let reviewsPast = 0;
  let reviewsSoon = 0;
  for (const risk of risks) {
    overdueActions += risk.actions.filter((action) => isActionOverdue(action, today)).length;
    if (!isOpenRisk(risk)) continue;
    const score = residualScore(risk);
    const level = riskLevel(score);
    openByLevel[level] += 1;
    scored.push({ risk, score, level });
    if (isReviewOverdue(risk, today)) reviewsPast += 1;
    else if (risk.reviewDate !== undefined && risk.reviewDate <= soonLimit) reviewsSoon += 1;
  }
  const topFive = scored.sort((a, b) => b.score - a.score).slice(0, 5);
  return { openByLevel, topFive, overdueActions, reviewsPast, reviewsSoon };
};
