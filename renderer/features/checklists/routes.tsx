import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The checklist templates: list, new, detail and edit. Each screen's code is loaded when it is first opened. */
export const checklistRoutes: RouteObject[] = [
  {
    path: paths.checklists.list,
    lazy: async () => ({ Component: (await import('./ChecklistListPage')).ChecklistListPage }),
  },
  {
    path: paths.checklists.new,
    lazy: async () => ({ Component: (await import('./ChecklistFormPage')).NewChecklistPage }),
  },
  {
    path: '/checklists/:checklistId',
    lazy: async () => ({ Component: (await import('./ChecklistDetailPage')).ChecklistDetailPage }),
  },
  {
    path: '/checklists/:checklistId/edit',
    lazy: async () => ({ Component: (await import('./ChecklistFormPage')).EditChecklistPage }),
  },
];
