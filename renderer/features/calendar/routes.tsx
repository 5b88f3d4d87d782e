import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The calendar of every dated entry. Its code is loaded when it is first opened. */
export const calendarRoutes: RouteObject[] = [
  { path: paths.calendar, lazy: async () => ({ Component: (await import('./CalendarPage')).CalendarPage }) },
];
