import type { RouteObject } from 'react-router';
import { DecisionListPage } from './DecisionList';
import { EditDecisionPage, NewDecisionPage } from './DecisionFormPage';
import { DecisionPage } from './DecisionPage';
import { paths } from '@renderer/paths';

/** The decision screens: list, new, page and edit (the comparison of options mounts its own route). */
export const decisionRoutes: RouteObject[] = [
  { path: paths.decisions.list, element: <DecisionListPage /> },
  { path: paths.decisions.new, element: <NewDecisionPage /> },
  { path: '/decisions/:decisionId', element: <DecisionPage /> },
  { path: '/decisions/:decisionId/edit', element: <EditDecisionPage /> },
];
