import { countCriticalExposed, criticalThreshold } from '../exposure';
import { reachedAfterChange } from './exposure-update';
import { presentPercent, type OptionSupply } from './option-supply';
import { isHighOrCritical, type WhatIfBaseline, type WhatIfDependency } from './what-if-records';

export interface PartialExposure {
  dependencyId: string;
  /** Share of what remains of the dependency supplied by high or critical vendors, 0–1. */
  fraction: number;
}

/** Critical dependencies exposed to vendors of sovereignty level high or critical (design §3). */
export interface SovereigntyExposure {
  criticalCount: number;
  /** Supplied, in whole or in part, by such a vendor. */
  directIds: string[];
  /** Not supplied by one, but relying on such a dependency somewhere along their upstream chain. */
  indirectIds: string[];
  /** (direct + indirect) ÷ criticalCount, 0–1; null without critical dependencies. */
  share: number | null;
  /**
   * The sovereignty criterion: exposed critical dependencies, a dual-sourced one exposed only by its own
   * supply counting for the fraction of it still with high or critical vendors (see `partial`).
   */
  weightedCount: number;
  partial: PartialExposure[];
}

/**
 * Exposure under an option, by the existing walk (see reachedAfterChange): the sources are the dependencies
 * any of whose suppliers is high or critical after the moves, and what relies on them is found along the same
 * graph as today (moving supply changes no upstream link). A dependency exited in whole is no longer counted; what relied on it
 * keeps its other links.
 */
export const exposureUnder = (
  baseline: Pick<
    WhatIfBaseline,
    'criticalDependencies' | 'dependencyById' | 'graph' | 'riskySources' | 'exposedToday'
  >,
  supply: OptionSupply,
): SovereigntyExposure => {
  const moved = new Set<string>();
  const sourcesAmongMoved: string[] = [];
  const gone = new Set<string>();
  const riskyFraction = new Map<string, number>();
  for (const [id, parts] of supply.parts) {
    moved.add(id);
    const present = presentPercent(parts);
    if (present === 0) {
      gone.add(id);
      continue;
    }
    const risky = parts.reduce(
      (sum, part) =>
        sum + (part.vendorId !== null && isHighOrCritical(supply.levelOf(part.vendorId)) ? part.percent : 0),
      0,
    );
    if (risky > 0) sourcesAmongMoved.push(id);
    if (risky > 0 && risky < present) riskyFraction.set(id, risky / present);
  }
  const sourceAfter = new Set(sourcesAmongMoved);
  const isSource = (id: string) => (moved.has(id) ? sourceAfter.has(id) : baseline.riskySources.has(id));

  // The same as walkDependents from every source after the moves, walking only where the moves matter.
  const reached = reachedAfterChange(baseline.graph, baseline.exposedToday, {
    // Only what changes: a moved dependency still supplied in part by a high or critical vendor stays a source.
    removed: [...moved].filter((id) => baseline.riskySources.has(id) && !sourceAfter.has(id)),
    added: sourcesAmongMoved.filter((id) => !baseline.riskySources.has(id)),
    isSource,
  });
  // Only critical dependencies count; starting from them spares a pass over every dependency.
  const counted: readonly WhatIfDependency[] =
    gone.size === 0
      ? baseline.criticalDependencies
      : baseline.criticalDependencies.filter((dependency) => !gone.has(dependency.id));
  const { criticalCount, exposedIds, share } = countCriticalExposed(counted, reached);

  // Dual-sourced items count in part only when nothing else exposes them: the reach without them as sources.
  const partial: PartialExposure[] = [];
  const partlyCritical = [...riskyFraction].filter(
    ([id]) => (baseline.dependencyById.get(id)?.criticality ?? 0) >= criticalThreshold,
  );
  if (partlyCritical.length > 0) {
    const others = reachedAfterChange(baseline.graph, reached, {
      removed: riskyFraction.keys(),
      added: [],
      isSource: (id) => isSource(id) && !riskyFraction.has(id),
    });
    for (const [dependencyId, fraction] of partlyCritical)
      if (!others.has(dependencyId)) partial.push({ dependencyId, fraction });
  }
  const directIds: string[] = [];
  const indirectIds: string[] = [];
  for (const id of exposedIds) (isSource(id) ? directIds : indirectIds).push(id);
  return {
    criticalCount,
    directIds,
    indirectIds,
    share,
    weightedCount: partial.reduce((sum, entry) => sum - (1 - entry.fraction), exposedIds.length),
    partial,
  };
};
