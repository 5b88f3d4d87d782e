import type { RouteObject } from 'react-router';
import { DecisionComparisonPage } from './comparison/DecisionComparisonPage';
import { DecisionListPage } from './DecisionList';
import { EditDecisionPage, NewDecisionPage } from './DecisionFormPage';
import { DecisionPage } from './DecisionPage';
import { paths } from '@renderer/paths';

/** The decision screens: list, new, a decision's page, its edit form and its options compared. */
export const decisionRoutes: RouteObject[] = [
  { path: paths.decisions.list, element: <DecisionListPage /> },
  { path: paths.decisions.new, element: <NewDecisionPage /> },
  { path: '/decisions/:decisionId', element: <DecisionPage /> },
  { path: '/decisions/:decisionId/edit', element: <EditDecisionPage /> },
  { path: '/decisions/:id/compare', element: <DecisionComparisonPage /> },
];
