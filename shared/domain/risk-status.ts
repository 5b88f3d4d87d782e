import type { Risk, RiskAction } from './risk';

/** Risks still in play: closed ones are left out of the heatmaps, the open counts and the report. */
export const isOpenRisk = (risk: Pick<Risk, 'status'>): boolean => risk.status !== 'closed';

/** A review is overdue once its date is past, unless the risk is closed. Dates are YYYY-MM-DD strings. */
export const isReviewOverdue = (risk: Pick<Risk, 'reviewDate' | 'status'>, today: string): boolean =>
  risk.status !== 'closed' && risk.reviewDate !== undefined && risk.reviewDate < today;

/** An action is overdue once its due date is past and it is not done. */
export const isActionOverdue = (action: Pick<RiskAction, 'dueDate' | 'status'>, today: string): boolean =>
  action.status !== 'done' && action.dueDate !== undefined && action.dueDate < today;
