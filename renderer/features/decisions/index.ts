/** The public face of decisions: what other features may embed. Everything else in the folder is private. */
export { DecisionsPanel } from './DecisionsPanel';
export { DecisionsDashboardSection } from './DecisionsDashboardSection';
