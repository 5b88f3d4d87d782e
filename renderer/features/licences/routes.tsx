import type { RouteObject } from 'react-router';
import { EmptySectionPage } from '../../ui/EmptySectionPage';

/** The licence screens: register, clause matrix, deadlines, new, detail and edit. */
export const licenceRoutes: RouteObject[] = [
  { path: '/licences', element: <EmptySectionPage section="licences" /> },
];
