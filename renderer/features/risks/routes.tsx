import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/**
 * The risk screens: register with heatmap, treatment plan, new, detail and edit. Each screen's code is loaded
 * when it is first opened.
 */
export const riskRoutes: RouteObject[] = [
  { path: paths.risks.list, lazy: async () => ({ Component: (await import('./RiskList')).RiskListPage }) },
  {
    path: '/risks/actions',
    lazy: async () => ({ Component: (await import('./TreatmentPlanPage')).TreatmentPlanPage }),
  },
  { path: paths.risks.new, lazy: async () => ({ Component: (await import('./RiskFormPage')).NewRiskPage }) },
  {
    path: '/risks/:riskId',
    lazy: async () => ({ Component: (await import('./RiskDetailPage')).RiskDetailPage }),
  },
  {
    path: '/risks/:riskId/edit',
    lazy: async () => ({ Component: (await import('./RiskFormPage')).EditRiskPage }),
  },
];
