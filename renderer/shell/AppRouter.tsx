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
import { assessmentRoutes } from '../features/assessments/routes';
import { checklistRoutes } from '../features/checklists/routes';
import { AppFrame } from './AppFrame';
import { sectionPaths } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { EmptySectionPage } from '../ui/EmptySectionPage';

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
            { path: sectionPaths.reports, element: <EmptySectionPage section="reports" /> },
            { path: sectionPaths.settings, element: <SettingsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ]),
    [],
  );
  return <RouterProvider router={router} />;
};
