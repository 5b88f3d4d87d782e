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

type ExposureBaseline = Pick<
  WhatIfBaseline,
  'criticalDependencies' | 'dependencyById' | 'graph' | 'riskySources' | 'exposedToday'
>;

/** How a critical dependency is exposed: not (or gone), directly, or through its upstream chain. */
const Reach = { None: 0, Direct: 1, Indirect: 2 } as const;

interface Today {
  exposure: SovereigntyExposure;
  /** Position of each critical dependency among them. */
  order: ReadonlyMap<string, number>;
  /** Today's reach of each critical dependency, by position. */
  reach: Uint8Array;
}

/** The lists of ids of a reach by position, in the records' order; gone ones (Reach.None) left out. */
const listsOf = (baseline: ExposureBaseline, reach: Uint8Array) => {
  const directIds: string[] = [];
  const indirectIds: string[] = [];
  reach.forEach((at, index) => {
    const id = (baseline.criticalDependencies[index] as WhatIfDependency).id;
    if (at === Reach.Direct) directIds.push(id);
    else if (at === Reach.Indirect) indirectIds.push(id);
  });
  return { directIds, indirectIds };
};

// Today's exposure is the same for every option: one pass over the critical dependencies per workspace.
const todays = new WeakMap<ExposureBaseline, Today>();

const today = (baseline: ExposureBaseline): Today => {
  let entry = todays.get(baseline);
  if (!entry) {
    const { criticalCount, exposedIds, share } = countCriticalExposed(
      baseline.criticalDependencies,
      baseline.exposedToday,
    );
    const order = new Map(baseline.criticalDependencies.map((dependency, index) => [dependency.id, index]));
    const reach = new Uint8Array(criticalCount);
    for (const id of exposedIds)
      reach[order.get(id) as number] = baseline.riskySources.has(id) ? Reach.Direct : Reach.Indirect;
    entry = {
      exposure: {
        criticalCount,
        ...listsOf(baseline, reach),
        share,
        weightedCount: exposedIds.length,
        partial: [],
      },
      order,
      reach,
    };
    todays.set(baseline, entry);
  }
  return entry;
};

/** Exposure today: critical dependencies exposed directly or through their upstream chains. */
export const exposureToday = (baseline: ExposureBaseline): SovereigntyExposure => today(baseline).exposure;

/**
 * Exposure under an option, by the existing walk (see reachedAfterChange): the sources are the dependencies
 * any of whose suppliers is high or critical after the moves, and what relies on them is found along the same
 * graph as today (moving supply changes no upstream link). A dependency exited in whole is no longer counted;
 * what relied on it keeps its other links. Only the dependencies the moves can change are looked at: those
 * moved and those the walk touched; every other one is as exposed as today.
 */
export const exposureUnder = (baseline: ExposureBaseline, supply: OptionSupply): SovereigntyExposure => {
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

  // Only critical dependencies count, and only those the moves touched can count differently from today.
  const { exposure: before, order, reach: reachToday } = today(baseline);
  const reach = reachToday.slice();
  const update = (id: string) => {
    const at = order.get(id);
    if (at === undefined) return;
    reach[at] = gone.has(id) || !reached.has(id) ? Reach.None : isSource(id) ? Reach.Direct : Reach.Indirect;
  };
  moved.forEach(update);
  for (const id of reached.touched) update(id);
  const { directIds, indirectIds } = listsOf(baseline, reach);
  const criticalCount = before.criticalCount - [...gone].filter((id) => order.has(id)).length;
  const exposedCount = directIds.length + indirectIds.length;

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
  return {
    criticalCount,
    directIds,
    indirectIds,
    share: criticalCount === 0 ? null : exposedCount / criticalCount,
    weightedCount: partial.reduce((sum, entry) => sum - (1 - entry.fraction), exposedCount),
    partial,
  };
};
