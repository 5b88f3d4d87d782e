import type { RouteObject } from 'react-router';
import { EmptySectionPage } from '../../ui/EmptySectionPage';

/** The vendor screens: list, new, detail and edit. */
export const vendorRoutes: RouteObject[] = [
  { path: '/vendors', element: <EmptySectionPage section="vendors" /> },
];
