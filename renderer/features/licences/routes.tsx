import type { RouteObject } from 'react-router';
import { LicenceDetailPage } from './LicenceDetailPage';
import { EditLicencePage, NewLicencePage } from './LicenceFormPage';
import { LicenceListPage } from './LicenceList';

/** The licence screens: register, clause matrix, deadlines, new, detail and edit. */
export const licenceRoutes: RouteObject[] = [
  { path: '/licences', element: <LicenceListPage /> },
  { path: '/licences/new', element: <NewLicencePage /> },
  { path: '/licences/:licenceId', element: <LicenceDetailPage /> },
  { path: '/licences/:licenceId/edit', element: <EditLicencePage /> },
];
