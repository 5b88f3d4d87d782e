import type { RouteObject } from 'react-router';

/** The reference lists screen. Its code is loaded when it is first opened. */
export const referenceRoutes: RouteObject[] = [
  {
    path: '/reference',
    lazy: async () => ({ Component: (await import('./ReferenceListPage')).ReferenceListPage }),
  },
];
