import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * The dependency screens: list (with concentration), new, detail and edit. Each screen's code is loaded when
 * it is first opened.
 */
export const dependencyRoutes: RouteObject[] = [
  {
    path: paths.dependencies.list,
    lazy: async () => ({ Component: (await import('./DependencyList')).DependencyListPage }),
  },
  {
    path: paths.dependencies.new,
    lazy: async () => ({ Component: (await import('./DependencyFormPage')).NewDependencyPage }),
  },
  {
    path: '/dependencies/:dependencyId',
    lazy: async () => ({ Component: (await import('./DependencyDetailPage')).DependencyDetailPage }),
  },
  {
    path: '/dependencies/:dependencyId/edit',
    lazy: async () => ({ Component: (await import('./DependencyFormPage')).EditDependencyPage }),
  },
];
