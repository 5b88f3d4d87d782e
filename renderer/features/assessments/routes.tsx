import type { RouteObject } from 'react-router';
import { AssessmentListPage } from './list/AssessmentListPage';
import { AssessmentPage } from './page/AssessmentPage';
import { paths } from '@renderer/paths';

/** The assessment screens, matched before the checklist templates' `/checklists/:checklistId`. */
export const assessmentRoutes: RouteObject[] = [
  { path: paths.assessments.list, element: <AssessmentListPage /> },
  { path: `${paths.assessments.list}/:assessmentId`, element: <AssessmentPage /> },
];
