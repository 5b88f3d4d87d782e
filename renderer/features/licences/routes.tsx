import type { RouteObject } from 'react-router';
import { LicenceDetailPage } from './LicenceDetailPage';
import { EditLicencePage, NewLicencePage } from './LicenceFormPage';
import { LicenceListPage } from './LicenceList';
import { paths } from '@renderer/paths';

/** The licence screens: register, clause matrix, deadlines, new, detail and edit. */
export const licenceRoutes: RouteObject[] = [
  { path: paths.licences.list, element: <LicenceListPage /> },
  { path: paths.licences.new, element: <NewLicencePage /> },
  { path: '/licences/:licenceId', element: <LicenceDetailPage /> },
  { path: '/licences/:licenceId/edit', element: <EditLicencePage /> },
];
