import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';
import { DeclarationsPage } from './DeclarationsPage';
import { ReferenceStandardsPage } from './ReferenceStandardsPage';
import { RoyaltyRatesPage } from './RoyaltyRatesPage';
import { StandardPage } from './StandardPage';
import { StandardsPage } from './StandardsPage';

/** Standards in use, a standard's exposure, the declarations import, the holders' royalty rates and the reference list. */
export const standardsRoutes: RouteObject[] = [
  { path: paths.standards.list, element: <StandardsPage /> },
  { path: paths.standards.declarations, element: <DeclarationsPage /> },
  { path: paths.standards.rates, element: <RoyaltyRatesPage /> },
  { path: paths.standards.reference, element: <ReferenceStandardsPage /> },
  { path: '/standards/view/:standard', element: <StandardPage /> },
];
