import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The whole audit trail. Each screen's code is loaded when it is first opened. */
export const activityRoutes: RouteObject[] = [
  { path: paths.activity, lazy: async () => ({ Component: (await import('./ActivityPage')).ActivityPage }) },
];
