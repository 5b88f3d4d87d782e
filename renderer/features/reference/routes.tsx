import type { RouteObject } from 'react-router';

/** The reference lists screen. */
export const referenceRoutes: RouteObject[] = [];
