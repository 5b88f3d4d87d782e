/** The public face of risks: what other features may embed. Everything else in the folder is private. */
export { RiskDashboardSection } from './RiskDashboardSection';
export { LinkedRisks } from './LinkedRisks';
