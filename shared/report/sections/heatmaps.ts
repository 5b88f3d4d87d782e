import { buildHeatmap, isOpenRisk, type Heatmap } from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

/** The 5×5 matrices of the Risks screen: open (not closed) in-scope risks, before and after treatment. */
export interface HeatmapsSection {
  inherent: Heatmap;
  residual: Heatmap;
  openCount: number;
  source: string;
}

export const buildHeatmaps = (context: ReportContext): HeatmapsSection => {
  const open = context.scoped.risks.filter(isOpenRisk);
  return {
    inherent: buildHeatmap(open, 'inherent'),
    residual: buildHeatmap(open, 'residual'),
    openCount: open.length,
    source: reportSources.risks,
  };
};
