import type { RouteObject } from 'react-router';
import { ReferenceListPage } from './ReferenceListPage';

/** The reference lists screen. */
export const referenceRoutes: RouteObject[] = [{ path: '/reference', element: <ReferenceListPage /> }];
