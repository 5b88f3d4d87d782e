import type { RouteObject } from 'react-router';
import { CalendarPage } from './CalendarPage';
import { paths } from '@renderer/paths';

/** The calendar of every dated entry. */
export const calendarRoutes: RouteObject[] = [{ path: paths.calendar, element: <CalendarPage /> }];
