import type { RouteObject } from 'react-router';
import { AssessmentListPage } from './list/AssessmentListPage';
import { AssessmentPage } from './page/AssessmentPage';

/** The assessment screens, matched before the checklist templates' `/checklists/:checklistId`. */
export const assessmentRoutes: RouteObject[] = [
  { path: '/checklists/assessments', element: <AssessmentListPage /> },
  { path: '/checklists/assessments/:assessmentId', element: <AssessmentPage /> },
];
