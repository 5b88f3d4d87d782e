import type { RouteObject } from 'react-router';

/** The bulk-import screen. */
export const importRoutes: RouteObject[] = [];
