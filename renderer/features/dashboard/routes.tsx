import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The dashboard. Its code is loaded when it is first opened. */
export const dashboardRoutes: RouteObject[] = [
  {
    path: paths.dashboard,
    lazy: async () => ({ Component: (await import('./DashboardPage')).DashboardPage }),
  },
];
