import type { RouteObject } from 'react-router';

/** The bulk-import screen. Its code is loaded when it is first opened. */
export const importRoutes: RouteObject[] = [
  { path: '/import/:entity', lazy: async () => ({ Component: (await import('./ImportPage')).ImportPage }) },
];
