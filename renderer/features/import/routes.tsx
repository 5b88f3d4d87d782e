import type { RouteObject } from 'react-router';
import { ImportPage } from './ImportPage';

/** The bulk-import screen. */
export const importRoutes: RouteObject[] = [{ path: '/import/:entity', element: <ImportPage /> }];
