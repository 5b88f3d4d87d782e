import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * The assessment screens, matched before the checklist templates' `/checklists/:checklistId`. Each screen's
 * code is loaded when it is first opened.
 */
export const assessmentRoutes: RouteObject[] = [
  {
    path: paths.assessments.list,
    lazy: async () => ({ Component: (await import('./list/AssessmentListPage')).AssessmentListPage }),
  },
  {
    path: `${paths.assessments.list}/:assessmentId`,
    lazy: async () => ({ Component: (await import('./page/AssessmentPage')).AssessmentPage }),
  },
];
