import {
  assessSovereignty,
  computeConcentration,
  buildDependencyGraph,
  criticalExposure,
  criticalThreshold,
  deadlineStatus,
  inherentScore,
  latestRevisions,
  residualScore,
  riskLevel,
  type Assessment,
  type CriticalExposure,
  type DependencyGraph,
  type DeadlineStatus,
  type DomainConcentration,
  type Risk,
  type RiskLevel,
  type SovereigntyAssessment,
  type SovereigntyStatus,
} from '../domain';
import type { ReportData, ReportOptions } from './options';
import { applyScope, type ScopedRecords } from './scope';

export interface ScoredRisk {
  risk: Risk;
  inherent: number;
  inherentLevel: RiskLevel;
  residual: number;
  residualLevel: RiskLevel;
}

/** What several sections share, each part computed once and only when a selected section asks for it. */
export interface ReportContext {
  data: ReportData;
  options: ReportOptions;
  scoped: ScopedRecords;
  vendorName: (id: string) => string;
  sovereignty: () => ReadonlyMap<string, SovereigntyAssessment>;
  /** In-scope risks, highest residual score first, then highest inherent, then by title. */
  scoredRisks: () => readonly ScoredRisk[];
  concentration: () => readonly DomainConcentration[];
  /** The upstream graph of every dependency of the workspace (exposure chains may leave the scope). */
  graph: () => DependencyGraph;
  /** The board figure of design §3, over the in-scope critical dependencies (chains may leave the scope). */
  criticalExposure: () => CriticalExposure;
  /** Deadline status of each in-scope licence on the report's date. */
  licenceStatuses: () => ReadonlyMap<string, DeadlineStatus>;
  latestAssessments: () => readonly Assessment[];
}

const lazy = <T>(compute: () => T): (() => T) => {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
};

export const compareScoredRisks = (a: ScoredRisk, b: ScoredRisk): number =>
  b.residual - a.residual || b.inherent - a.inherent || a.risk.title.localeCompare(b.risk.title);

const scoreRisk = (risk: Risk): ScoredRisk => {
  const inherent = inherentScore(risk);
  const residual = residualScore(risk);
  return { risk, inherent, inherentLevel: riskLevel(inherent), residual, residualLevel: riskLevel(residual) };
};

export const createReportContext = (data: ReportData, options: ReportOptions): ReportContext => {
  const scoped = applyScope(data, options.scope);
  const names = new Map(data.vendors.map((vendor) => [vendor.id, vendor.name]));
  const sovereignty = lazy(
    () => new Map(data.vendors.map((vendor) => [vendor.id, assessSovereignty(vendor)])),
  );
  const graph = lazy(() => buildDependencyGraph(data.dependencies));
  return {
    data,
    options,
    scoped,
    vendorName: (id) => names.get(id) ?? '',
    sovereignty,
    scoredRisks: lazy(() => scoped.risks.map(scoreRisk).sort(compareScoredRisks)),
    concentration: lazy(() => computeConcentration(scoped.dependencies)),
    graph,
    criticalExposure: lazy(() => {
      const levels = new Map<string, SovereigntyStatus>(
        [...sovereignty()].map(([id, assessment]) => [id, assessment.level]),
      );
      const whole = criticalExposure(data.dependencies, levels, graph());
      const critical = scoped.dependencies.filter(
        (dependency) => dependency.criticality >= criticalThreshold,
      );
      const exposedIds = whole.exposedIds.filter((id) => scoped.dependencyIds.has(id));
      return {
        criticalCount: critical.length,
        exposedIds,
        share: critical.length === 0 ? null : exposedIds.length / critical.length,
      };
    }),
    licenceStatuses: lazy(
      () => new Map(scoped.licences.map((licence) => [licence.id, deadlineStatus(licence, data.today)])),
    ),
    latestAssessments: lazy(() => latestRevisions(scoped.assessments)),
  };
};
