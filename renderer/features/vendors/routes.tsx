import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The vendor screens: list, new, detail and edit. Each screen's code is loaded when it is first opened. */
export const vendorRoutes: RouteObject[] = [
  {
    path: paths.vendors.list,
    lazy: async () => ({ Component: (await import('./VendorList')).VendorListPage }),
  },
  {
    path: paths.vendors.new,
    lazy: async () => ({ Component: (await import('./VendorFormPage')).NewVendorPage }),
  },
  {
    path: '/vendors/:vendorId',
    lazy: async () => ({ Component: (await import('./VendorDetailPage')).VendorDetailPage }),
  },
  {
    path: '/vendors/:vendorId/edit',
    lazy: async () => ({ Component: (await import('./VendorFormPage')).EditVendorPage }),
  },
];
