import type { RouteObject } from 'react-router';
import { DependencyDetailPage } from './DependencyDetailPage';
import { EditDependencyPage, NewDependencyPage } from './DependencyFormPage';
import { DependencyListPage } from './DependencyList';
import { paths } from '@renderer/paths';

/** The dependency screens: list (with concentration), new, detail and edit. */
export const dependencyRoutes: RouteObject[] = [
  { path: paths.dependencies.list, element: <DependencyListPage /> },
  { path: paths.dependencies.new, element: <NewDependencyPage /> },
  { path: '/dependencies/:dependencyId', element: <DependencyDetailPage /> },
  { path: '/dependencies/:dependencyId/edit', element: <EditDependencyPage /> },
];
