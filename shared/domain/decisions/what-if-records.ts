import { computeConcentration, type DomainConcentration } from '../concentration';
import type { Dependency, NetworkDomain } from '../dependency';
import { buildDependencyGraph, criticalThreshold, walkDependents, type DependencyGraph } from '../exposure';
import type { Licence } from '../licence';
import type { Risk } from '../risk';
import { assessSovereignty, sovereigntyLevelRank, type SovereigntyStatus } from '../sovereignty';
import type { Vendor } from '../vendor';
import type { DecisionSubject } from './decision';

export type WhatIfVendor = Pick<Vendor, 'id' | 'sovereignty' | 'listings'>;
export type WhatIfDependency = Pick<
  Dependency,
  'id' | 'vendorId' | 'domain' | 'criticality' | 'upstreamIds' | 'exitMonths'
>;
export type WhatIfLicence = Pick<
  Licence,
  'id' | 'type' | 'vendorId' | 'dependencyIds' | 'spdxExpression' | 'clauses'
>;
export type WhatIfRisk = Pick<Risk, 'id' | 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;

/** The records the what-if reads: the workspace as it is today. */
export interface WhatIfRecords {
  vendors: readonly WhatIfVendor[];
  dependencies: readonly WhatIfDependency[];
  licences: readonly WhatIfLicence[];
  risks: readonly WhatIfRisk[];
}

/**
 * Today's figures and the indexes every option's what-if starts from, computed once per workspace so that
 * comparing six options does not repeat the work six times.
 */
export interface WhatIfBaseline {
  dependencies: readonly WhatIfDependency[];
  /** Those of criticality 4 or 5: the only ones the exposure figure counts. */
  criticalDependencies: readonly WhatIfDependency[];
  dependencyById: ReadonlyMap<string, WhatIfDependency>;
  byDomain: ReadonlyMap<NetworkDomain, readonly WhatIfDependency[]>;
  vendorLevels: ReadonlyMap<string, SovereigntyStatus>;
  /** Who relies on whom: moving supply changes no link, so one graph serves every option. */
  graph: DependencyGraph;
  /** Dependencies supplied today by a vendor of sovereignty level high or critical. */
  riskySources: ReadonlySet<string>;
  /** What those sources reach today through upstream chains (themselves included). */
  exposedToday: ReadonlyMap<string, string | null>;
  concentration: ReadonlyMap<NetworkDomain, DomainConcentration>;
  licencesByDependency: ReadonlyMap<string, readonly WhatIfLicence[]>;
  riskById: ReadonlyMap<string, WhatIfRisk>;
}

export const isHighOrCritical = (level: SovereigntyStatus): boolean =>
  sovereigntyLevelRank[level] >= sovereigntyLevelRank.high;

export const prepareWhatIf = (records: WhatIfRecords): WhatIfBaseline => {
  const vendorLevels = new Map<string, SovereigntyStatus>();
  for (const vendor of records.vendors) vendorLevels.set(vendor.id, assessSovereignty(vendor).level);
  const dependencyById = new Map<string, WhatIfDependency>();
  const byDomain = new Map<NetworkDomain, WhatIfDependency[]>();
  const riskySources = new Set<string>();
  for (const dependency of records.dependencies) {
    dependencyById.set(dependency.id, dependency);
    const list = byDomain.get(dependency.domain);
    if (list) list.push(dependency);
    else byDomain.set(dependency.domain, [dependency]);
    if (isHighOrCritical(vendorLevels.get(dependency.vendorId) ?? 'unrated')) riskySources.add(dependency.id);
  }
  const licencesByDependency = new Map<string, WhatIfLicence[]>();
  for (const licence of records.licences) {
    for (const dependencyId of new Set(licence.dependencyIds)) {
      const list = licencesByDependency.get(dependencyId);
      if (list) list.push(licence);
      else licencesByDependency.set(dependencyId, [licence]);
    }
  }
  const graph = buildDependencyGraph(records.dependencies);
  return {
    dependencies: records.dependencies,
    criticalDependencies: records.dependencies.filter(
      (dependency) => dependency.criticality >= criticalThreshold,
    ),
    dependencyById,
    byDomain,
    vendorLevels,
    graph,
    riskySources,
    exposedToday: walkDependents(graph, riskySources),
    concentration: new Map(computeConcentration(records.dependencies).map((entry) => [entry.domain, entry])),
    licencesByDependency,
    riskById: new Map(records.risks.map((risk) => [risk.id, risk])),
  };
};

/** The recorded dependencies a decision is about: those listed, the vendor's, or the domain's. */
export const subjectDependencyIds = (subject: DecisionSubject, baseline: WhatIfBaseline): string[] => {
  switch (subject.type) {
    case 'dependencies':
      return subject.dependencyIds.filter((id) => baseline.dependencyById.has(id));
    case 'vendor':
      return [...(baseline.graph.byVendor.get(subject.vendorId) ?? [])];
    case 'domain':
      return (baseline.byDomain.get(subject.domain) ?? []).map((dependency) => dependency.id);
  }
};
