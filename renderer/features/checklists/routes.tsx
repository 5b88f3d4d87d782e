import type { RouteObject } from 'react-router';
import { ChecklistDetailPage } from './ChecklistDetailPage';
import { EditChecklistPage, NewChecklistPage } from './ChecklistFormPage';
import { ChecklistListPage } from './ChecklistListPage';

/** The checklist templates: list, new, detail and edit. */
export const checklistRoutes: RouteObject[] = [
  { path: '/checklists', element: <ChecklistListPage /> },
  { path: '/checklists/new', element: <NewChecklistPage /> },
  { path: '/checklists/:checklistId', element: <ChecklistDetailPage /> },
  { path: '/checklists/:checklistId/edit', element: <EditChecklistPage /> },
];
