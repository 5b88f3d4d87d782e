import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';
import { DeclarationsPage } from './DeclarationsPage';
import { StandardPage } from './StandardPage';
import { StandardsPage } from './StandardsPage';

/** Standards in use, a standard's exposure, and the declarations import. */
export const standardsRoutes: RouteObject[] = [
  { path: paths.standards.list, element: <StandardsPage /> },
  { path: paths.standards.declarations, element: <DeclarationsPage /> },
  { path: '/standards/view/:standard', element: <StandardPage /> },
];
