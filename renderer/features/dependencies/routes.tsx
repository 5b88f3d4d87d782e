import type { RouteObject } from 'react-router';
import { EmptySectionPage } from '../../ui/EmptySectionPage';

/** The dependency screens: list (with concentration), new, detail and edit. */
export const dependencyRoutes: RouteObject[] = [
  { path: '/dependencies', element: <EmptySectionPage section="dependencies" /> },
];
