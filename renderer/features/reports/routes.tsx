import type { RouteObject } from 'react-router';
import { BoardReportPrintPage, boardReportPrintPath } from './BoardReportPrintPage';
import { ReportsPage } from './ReportsPage';
import { paths } from '@renderer/paths';

/** The Reports screen, inside the frame. */
export const reportRoutes: RouteObject[] = [{ path: paths.reports, element: <ReportsPage /> }];

/** The board report alone, outside the frame: what prints. */
export const reportPrintRoutes: RouteObject[] = [
  { path: boardReportPrintPath, element: <BoardReportPrintPage /> },
];
