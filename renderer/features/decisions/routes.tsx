import type { RouteObject } from 'react-router';
import { DecisionComparisonPage } from './comparison/DecisionComparisonPage';

/** Decisions: a decision's options compared side by side. */
export const decisionRoutes: RouteObject[] = [
  { path: '/decisions/:id/compare', element: <DecisionComparisonPage /> },
];
