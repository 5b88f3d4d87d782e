import type { RiskCategory, RiskLevel, RiskStatus, Treatment } from '../../domain';
import type { ScoredRisk } from '../context';
import { reportSources } from '../sources';

/** One risk as the report lists it (top five, register), with where to find it. */
export interface ReportRisk {
  riskId: string;
  title: string;
  category: RiskCategory;
  status: RiskStatus;
  treatment: Treatment;
  owner?: string;
  reviewDate?: string;
  likelihood: number;
  impact: number;
  inherent: number;
  inherentLevel: RiskLevel;
  residualLikelihood: number;
  residualImpact: number;
  residual: number;
  residualLevel: RiskLevel;
  source: string;
}

export const toReportRisk = ({
  risk,
  inherent,
  inherentLevel,
  residual,
  residualLevel,
}: ScoredRisk): ReportRisk => ({
  riskId: risk.id,
  title: risk.title,
  category: risk.category,
  status: risk.status,
  treatment: risk.treatment,
  ...(risk.owner !== undefined && { owner: risk.owner }),
  ...(risk.reviewDate !== undefined && { reviewDate: risk.reviewDate }),
  likelihood: risk.likelihood,
  impact: risk.impact,
  inherent,
  inherentLevel,
  residualLikelihood: risk.residualLikelihood ?? risk.likelihood,
  residualImpact: risk.residualImpact ?? risk.impact,
  residual,
  residualLevel,
  source: reportSources.risk(risk.id),
});
