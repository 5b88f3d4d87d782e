import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The Reports screen, inside the frame. Its code is loaded when it is first opened. */
export const reportRoutes: RouteObject[] = [
  { path: paths.reports, lazy: async () => ({ Component: (await import('./ReportsPage')).ReportsPage }) },
];

/** Nothing around the printed report: the page stays blank until the report's code is in. */
const BlankPage = () => null;

/** The board report alone, outside the frame: what prints. */
export const reportPrintRoutes: RouteObject[] = [
  {
    path: paths.boardReportPrint,
    lazy: async () => ({ Component: (await import('./BoardReportPrintPage')).BoardReportPrintPage }),
    HydrateFallback: BlankPage,
  },
];
