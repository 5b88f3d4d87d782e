import type { RouteObject } from 'react-router';
import { ChecklistDetailPage } from './ChecklistDetailPage';
import { EditChecklistPage, NewChecklistPage } from './ChecklistFormPage';
import { ChecklistListPage } from './ChecklistListPage';
import { paths } from '@renderer/paths';

/** The checklist templates: list, new, detail and edit. */
export const checklistRoutes: RouteObject[] = [
  { path: paths.checklists.list, element: <ChecklistListPage /> },
  { path: paths.checklists.new, element: <NewChecklistPage /> },
  { path: '/checklists/:checklistId', element: <ChecklistDetailPage /> },
  { path: '/checklists/:checklistId/edit', element: <EditChecklistPage /> },
];
