import type { RouteObject } from 'react-router';
import { ActivityPage } from './ActivityPage';

/** The whole audit trail. */
export const activityRoutes: RouteObject[] = [{ path: '/activity', element: <ActivityPage /> }];
