import type { RouteObject } from 'react-router';
import { RiskDetailPage } from './RiskDetailPage';
import { EditRiskPage, NewRiskPage } from './RiskFormPage';
import { RiskListPage } from './RiskList';
import { TreatmentPlanPage } from './TreatmentPlanPage';
import { paths } from '@renderer/paths';

/** The risk screens: register with heatmap, treatment plan, new, detail and edit. */
export const riskRoutes: RouteObject[] = [
  { path: paths.risks.list, element: <RiskListPage /> },
  { path: '/risks/actions', element: <TreatmentPlanPage /> },
  { path: paths.risks.new, element: <NewRiskPage /> },
  { path: '/risks/:riskId', element: <RiskDetailPage /> },
  { path: '/risks/:riskId/edit', element: <EditRiskPage /> },
];
