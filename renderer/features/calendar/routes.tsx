import type { RouteObject } from 'react-router';
import { CalendarPage } from './CalendarPage';

/** The calendar of every dated entry. */
export const calendarRoutes: RouteObject[] = [{ path: '/calendar', element: <CalendarPage /> }];
