import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * Standards in use, a standard's exposure, the declarations import, the holders' royalty rates and the
 * reference list. Each screen's code is loaded when it is first opened.
 */
export const standardsRoutes: RouteObject[] = [
  {
    path: paths.standards.list,
    lazy: async () => ({ Component: (await import('./StandardsPage')).StandardsPage }),
  },
  {
    path: paths.standards.declarations,
    lazy: async () => ({ Component: (await import('./DeclarationsPage')).DeclarationsPage }),
  },
  {
    path: paths.standards.rates,
    lazy: async () => ({ Component: (await import('./RoyaltyRatesPage')).RoyaltyRatesPage }),
  },
  {
    path: paths.standards.reference,
    lazy: async () => ({ Component: (await import('./ReferenceStandardsPage')).ReferenceStandardsPage }),
  },
  {
    path: '/standards/view/:standard',
    lazy: async () => ({ Component: (await import('./StandardPage')).StandardPage }),
  },
];
