import type { RouteObject } from 'react-router';
import { VendorDetailPage } from './VendorDetailPage';
import { EditVendorPage, NewVendorPage } from './VendorFormPage';
import { VendorListPage } from './VendorList';

/** The vendor screens: list, new, detail and edit. */
export const vendorRoutes: RouteObject[] = [
  { path: '/vendors', element: <VendorListPage /> },
  { path: '/vendors/new', element: <NewVendorPage /> },
  { path: '/vendors/:vendorId', element: <VendorDetailPage /> },
  { path: '/vendors/:vendorId/edit', element: <EditVendorPage /> },
];
