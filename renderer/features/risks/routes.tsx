import type { RouteObject } from 'react-router';
import { EmptySectionPage } from '../../ui/EmptySectionPage';

/** The risk screens: register with heatmap, treatment plan, new, detail and edit. */
export const riskRoutes: RouteObject[] = [{ path: '/risks', element: <EmptySectionPage section="risks" /> }];
