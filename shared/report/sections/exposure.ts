import {
  criticalThreshold,
  sovereigntyLevelRank,
  vendorExposure,
  type Dependency,
  type SovereigntyStatus,
} from '../../domain';
import type { ReportContext } from '../context';
import { figure, reportSources, type Figure } from '../sources';

export interface ExposedDependency {
  dependencyId: string;
  name: string;
  criticality: number;
  /** The vendor's own dependency (true) or one reaching it through its upstream chain (false). */
  direct: boolean;
  source: string;
}

export interface HighRiskVendorExposure {
  vendorId: string;
  vendorName: string;
  level: SovereigntyStatus;
  index: number | null;
  direct: number;
  indirect: number;
  /** The in-scope critical dependencies (criticality ≥ 4) exposed to the vendor, directly first. */
  critical: ExposedDependency[];
  source: string;
}

export interface ExposureSection {
  /** Share 0–1 of in-scope critical dependencies exposed to a high or critical vendor; null without any. */
  criticalShare: Figure<number | null>;
  criticalCount: Figure;
  exposedCount: Figure;
  /** Most critical dependencies exposed first, then most dependencies exposed, then by name. */
  vendors: HighRiskVendorExposure[];
}

/**
 * Exposure to the vendors of sovereignty level high or critical (design §3): counts of the in-scope
 * dependencies each one supplies (direct) or that reach them through their upstream chain (indirect). The
 * chains are followed through the whole workspace, so a core dependency relying on an out-of-scope
 * transport product still counts. Vendors are those chosen by the scope, or every vendor when none is
 * chosen; those exposing nothing in scope are left out. One graph, one walk per high-risk vendor.
 */
export const buildExposure = (context: ReportContext): ExposureSection => {
  const { data, options, scoped } = context;
  const sovereignty = context.sovereignty();
  const graph = context.graph();
  const dependencies = new Map<string, Dependency>(data.dependencies.map((d) => [d.id, d]));
  const candidates = options.scope.vendorIds?.length ? scoped.vendors : data.vendors;

  const toExposed = (id: string, direct: boolean): ExposedDependency[] => {
    const dependency = dependencies.get(id);
    if (!dependency || !scoped.dependencyIds.has(id) || dependency.criticality < criticalThreshold) return [];
    const { name, criticality } = dependency;
    return [{ dependencyId: id, name, criticality, direct, source: reportSources.dependency(id) }];
  };

  const vendors = candidates.flatMap((vendor): HighRiskVendorExposure[] => {
    const assessment = sovereignty.get(vendor.id);
    if (!assessment || sovereigntyLevelRank[assessment.level] < sovereigntyLevelRank.high) return [];
    const exposure = vendorExposure(graph, vendor.id);
    const direct = exposure.direct.filter((id) => scoped.dependencyIds.has(id));
    const indirect = exposure.indirect.filter(({ dependencyId }) => scoped.dependencyIds.has(dependencyId));
    if (direct.length + indirect.length === 0) return [];
    return [
      {
        vendorId: vendor.id,
        vendorName: vendor.name,
        level: assessment.level,
        index: assessment.index,
        direct: direct.length,
        indirect: indirect.length,
        critical: [
          ...direct.flatMap((id) => toExposed(id, true)),
          ...indirect.flatMap(({ dependencyId }) => toExposed(dependencyId, false)),
        ],
        source: reportSources.vendor(vendor.id),
      },
    ];
  });
  vendors.sort(
    (a, b) =>
      b.critical.length - a.critical.length ||
      b.direct + b.indirect - (a.direct + a.indirect) ||
      a.vendorName.localeCompare(b.vendorName),
  );

  const board = context.criticalExposure();
  return {
    criticalShare: figure(board.share, reportSources.dashboard),
    criticalCount: figure(board.criticalCount, reportSources.dependencies),
    exposedCount: figure(board.exposedIds.length, reportSources.dashboard),
    vendors,
  };
};
