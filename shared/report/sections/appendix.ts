import type { ReportContext } from '../context';
import { reportSources } from '../sources';
import { toReportRisk, type ReportRisk } from './risk-rows';

/** The risk register: every in-scope risk, closed ones included, highest residual score first. */
export interface AppendixSection {
  risks: ReportRisk[];
  source: string;
}

export const buildAppendix = (context: ReportContext): AppendixSection => ({
  risks: context.scoredRisks().map(toReportRisk),
  source: reportSources.risks,
});
