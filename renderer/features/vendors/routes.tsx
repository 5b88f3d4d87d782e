import type { RouteObject } from 'react-router';
import { VendorDetailPage } from './VendorDetailPage';
import { EditVendorPage, NewVendorPage } from './VendorFormPage';
import { VendorListPage } from './VendorList';
import { paths } from '@renderer/paths';

/** The vendor screens: list, new, detail and edit. */
export const vendorRoutes: RouteObject[] = [
  { path: paths.vendors.list, element: <VendorListPage /> },
  { path: paths.vendors.new, element: <NewVendorPage /> },
  { path: '/vendors/:vendorId', element: <VendorDetailPage /> },
  { path: '/vendors/:vendorId/edit', element: <EditVendorPage /> },
];
