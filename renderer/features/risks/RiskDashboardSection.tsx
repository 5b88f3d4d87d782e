/** Dashboard: open risks by level, top five by residual score, overdue actions, reviews due. */
export const RiskDashboardSection = () => null;
