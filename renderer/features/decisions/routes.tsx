import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * The decision screens: list, new, a decision's page, its edit form and its options compared. Each screen's
 * code is loaded when it is first opened.
 */
export const decisionRoutes: RouteObject[] = [
  {
    path: paths.decisions.list,
    lazy: async () => ({ Component: (await import('./DecisionList')).DecisionListPage }),
  },
  {
    path: paths.decisions.new,
    lazy: async () => ({ Component: (await import('./DecisionFormPage')).NewDecisionPage }),
  },
  {
    path: '/decisions/:decisionId',
    lazy: async () => ({ Component: (await import('./DecisionPage')).DecisionPage }),
  },
  {
    path: '/decisions/:decisionId/edit',
    lazy: async () => ({ Component: (await import('./DecisionFormPage')).EditDecisionPage }),
  },
  {
    path: '/decisions/:id/compare',
    lazy: async () => ({
      Component: (await import('./comparison/DecisionComparisonPage')).DecisionComparisonPage,
    }),
  },
];
