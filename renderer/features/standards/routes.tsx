import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';
import { DeclarationsPage } from './DeclarationsPage';
import { RoyaltyRatesPage } from './RoyaltyRatesPage';
import { StandardPage } from './StandardPage';
import { StandardsPage } from './StandardsPage';

/** Standards in use, a standard's exposure, the declarations import and the holders' royalty rates. */
export const standardsRoutes: RouteObject[] = [
  { path: paths.standards.list, element: <StandardsPage /> },
  { path: paths.standards.declarations, element: <DeclarationsPage /> },
  { path: paths.standards.rates, element: <RoyaltyRatesPage /> },
  { path: '/standards/view/:standard', element: <StandardPage /> },
];
