import type { RouteObject } from 'react-router';
import { DashboardPage } from './DashboardPage';
import { paths } from '@renderer/paths';

export const dashboardRoutes: RouteObject[] = [{ path: paths.dashboard, element: <DashboardPage /> }];
