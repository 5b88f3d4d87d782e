import type { RouteObject } from 'react-router';
import { ActivityPage } from './ActivityPage';
import { paths } from '@renderer/paths';

/** The whole audit trail. */
export const activityRoutes: RouteObject[] = [{ path: paths.activity, element: <ActivityPage /> }];
