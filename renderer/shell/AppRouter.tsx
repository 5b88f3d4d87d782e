import { createHashRouter, RouterProvider } from 'react-router';
import { dashboardRoutes } from '@renderer/features/dashboard/routes';
import { settingsRoutes } from '@renderer/features/settings/routes';
import { vendorRoutes } from '@renderer/features/vendors/routes';
import { dependencyRoutes } from '@renderer/features/dependencies/routes';
import { importRoutes } from '@renderer/features/import/routes';
import { referenceRoutes } from '@renderer/features/reference/routes';
import { licenceRoutes } from '@renderer/features/licences/routes';
import { riskRoutes } from '@renderer/features/risks/routes';
import { decisionRoutes } from '@renderer/features/decisions/routes';
import { reportPrintRoutes, reportRoutes } from '@renderer/features/reports/routes';
import { assessmentRoutes } from '@renderer/features/assessments/routes';
import { checklistRoutes } from '@renderer/features/checklists/routes';
import { calendarRoutes } from '@renderer/features/calendar/routes';
import { standardsRoutes } from '@renderer/features/standards/routes';
import { activityRoutes } from '@renderer/features/activity/routes';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';

/**
 * Hash routing: the app is served from app:// or a static folder, where only the fragment is ours to use.
 * Each screen's code is loaded when it is first opened (the routes' `lazy`), so the start script holds only
 * the frame. The router is made as the app starts, so the opened screen's code loads while the workspace
 * opens; until it is in, the frame shows with an empty page.
 */
const router = createHashRouter([
  {
    element: <AppFrame />,
    hydrateFallbackElement: <AppFrame />,
    children: [
      ...dashboardRoutes,
      ...vendorRoutes,
      ...dependencyRoutes,
      ...importRoutes,
      ...referenceRoutes,
      ...licenceRoutes,
      ...riskRoutes,
      ...decisionRoutes,
      ...assessmentRoutes,
      ...checklistRoutes,
      ...standardsRoutes,
      ...calendarRoutes,
      ...reportRoutes,
      ...activityRoutes,
      ...settingsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  ...reportPrintRoutes,
]);

export const AppRouter = () => <RouterProvider router={router} />;
