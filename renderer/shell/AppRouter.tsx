import { useMemo } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { vendorRoutes } from '../features/vendors/routes';
import { dependencyRoutes } from '../features/dependencies/routes';
import { importRoutes } from '../features/import/routes';
import { referenceRoutes } from '../features/reference/routes';
import { licenceRoutes } from '../features/licences/routes';
import { riskRoutes } from '../features/risks/routes';
import { reportPrintRoutes, reportRoutes } from '../features/reports/routes';
import { assessmentRoutes } from '../features/assessments/routes';
import { checklistRoutes } from '../features/checklists/routes';
import { calendarRoutes } from '../features/calendar/routes';
import { activityRoutes } from '../features/activity/routes';
import { AppFrame } from './AppFrame';
import { sectionPaths } from './navigation';
import { NotFoundPage } from './NotFoundPage';

/** Hash routing: the app is served from app:// or a static folder, where only the fragment is ours to use. */
export const AppRouter = () => {
  const router = useMemo(
    () =>
      createHashRouter([
        {
          element: <AppFrame />,
          children: [
            { path: sectionPaths.dashboard, element: <DashboardPage /> },
            ...vendorRoutes,
            ...dependencyRoutes,
            ...importRoutes,
            ...referenceRoutes,
            ...licenceRoutes,
            ...riskRoutes,
            ...assessmentRoutes,
            ...checklistRoutes,
            ...calendarRoutes,
            ...reportRoutes,
            ...activityRoutes,
            { path: sectionPaths.settings, element: <SettingsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        ...reportPrintRoutes,
      ]),
    [],
  );
  return <RouterProvider router={router} />;
};
