import type { RouteObject } from 'react-router';
import { AssessmentListPage } from './list/AssessmentListPage';
import { AssessmentPage } from './page/AssessmentPage';
import { assessmentListPath } from './paths';

/** The assessment screens, matched before the checklist templates' `/checklists/:checklistId`. */
export const assessmentRoutes: RouteObject[] = [
  { path: assessmentListPath, element: <AssessmentListPage /> },
  { path: `${assessmentListPath}/:assessmentId`, element: <AssessmentPage /> },
];
