import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * The licence screens: register, clause matrix, deadlines, new, detail and edit. Each screen's code is loaded
 * when it is first opened.
 */
export const licenceRoutes: RouteObject[] = [
  {
    path: paths.licences.list,
    lazy: async () => ({ Component: (await import('./LicenceList')).LicenceListPage }),
  },
  {
    path: paths.licences.new,
    lazy: async () => ({ Component: (await import('./LicenceFormPage')).NewLicencePage }),
  },
  {
    path: '/licences/:licenceId',
    lazy: async () => ({ Component: (await import('./LicenceDetailPage')).LicenceDetailPage }),
  },
  {
    path: '/licences/:licenceId/edit',
    lazy: async () => ({ Component: (await import('./LicenceFormPage')).EditLicencePage }),
  },
];
