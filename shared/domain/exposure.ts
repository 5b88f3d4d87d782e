import type { Dependency } from './dependency';
import type { SovereigntyStatus } from './sovereignty';
import { sovereigntyLevelRank } from './sovereignty';

type GraphDependency = Pick<Dependency, 'id' | 'vendorId' | 'upstreamIds'>;

/**
 * Who relies on whom, indexed both ways once (O(dependencies + links)) so each exposure question is a
 * breadth-first walk. Upstream ids that name no known dependency are ignored.
 */
export interface DependencyGraph {
  byId: ReadonlyMap<string, GraphDependency>;
  /** id → the dependencies listing it as upstream. */
  dependents: ReadonlyMap<string, readonly string[]>;
  /** vendorId → the ids of the vendor's own dependencies. */
  byVendor: ReadonlyMap<string, readonly string[]>;
}

const push = (map: Map<string, string[]>, key: string, value: string): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export const buildDependencyGraph = (dependencies: Iterable<GraphDependency>): DependencyGraph => {
  const byId = new Map<string, GraphDependency>();
  for (const dependency of dependencies) byId.set(dependency.id, dependency);
  const dependents = new Map<string, string[]>();
  const byVendor = new Map<string, string[]>();
  for (const dependency of byId.values()) {
    push(byVendor, dependency.vendorId, dependency.id);
    for (const upstreamId of new Set(dependency.upstreamIds)) {
      if (upstreamId !== dependency.id && byId.has(upstreamId)) push(dependents, upstreamId, dependency.id);
    }
  }
  return { byId, dependents, byVendor };
};

/**
 * Walks from the sources to everything that relies on them, transitively. Each reached id maps to the
 * dependency it was reached from (sources map to null), so the chain to a source can be told. Each
 * dependency is visited once, so cycles end the walk instead of looping. Exported for the decisions'
 * what-if, whose sources are not all one vendor's dependencies (a dual-sourced item has two suppliers),
 * and which walks only where an option can change the answer (`enter`).
 */
export const walkDependents = (
  graph: DependencyGraph,
  sources: Iterable<string>,
  /** Where the walk may go (sources included); everywhere when omitted. */
  enter: (id: string) => boolean = () => true,
): Map<string, string | null> => {
  const reachedFrom = new Map<string, string | null>();
  const queue: string[] = [];
  for (const source of sources) {
    if (!reachedFrom.has(source) && enter(source)) {
      reachedFrom.set(source, null);
      queue.push(source);
    }
  }
  for (let head = 0; head < queue.length; head += 1) {
    const current = queue[head] as string;
    for (const dependent of graph.dependents.get(current) ?? []) {
      if (reachedFrom.has(dependent) || !enter(dependent)) continue;
      reachedFrom.set(dependent, current);
      queue.push(dependent);
    }
  }
  return reachedFrom;
};

export interface IndirectExposure {
  dependencyId: string;
  /**
   * The upstream dependency through which the exposure arrives: one of the vendor's own, or another
   * indirectly exposed dependency (follow it with exposureChain). One link rather than the whole chain,
   * so a long chain costs linear, not quadratic, memory.
   */
  through: string;
}

export interface VendorExposure {
  direct: string[];
  /** Nearest first: a dependency's `through` always comes before it (or is direct). */
  indirect: IndirectExposure[];
}

/**
 * Exposure to a vendor (design §3): direct = its own dependencies; indirect = other dependencies whose
 * upstream chain reaches one of them, each with the link of its shortest chain.
 */
export const vendorExposure = (graph: DependencyGraph, vendorId: string): VendorExposure => {
  const direct = graph.byVendor.get(vendorId) ?? [];
  const indirect: IndirectExposure[] = [];
  for (const [dependencyId, through] of walkDependents(graph, direct)) {
    if (through !== null) indirect.push({ dependencyId, through });
  }
  return { direct: [...direct], indirect };
};

const throughIndexes = new WeakMap<VendorExposure, ReadonlyMap<string, string>>();

/**
 * The shortest upstream chain from an indirectly exposed dependency down to the vendor's own (last).
 * The lookup index is built once per exposure, so asking for many chains stays linear.
 */
export const exposureChain = (exposure: VendorExposure, dependencyId: string): string[] => {
  let through = throughIndexes.get(exposure);
  if (!through) {
    through = new Map(exposure.indirect.map((entry) => [entry.dependencyId, entry.through]));
    throughIndexes.set(exposure, through);
  }
  const chain: string[] = [];
  for (let step = through.get(dependencyId); step !== undefined; step = through.get(step)) chain.push(step);
  return chain;
};

export interface CriticalExposure {
  /** Dependencies of criticality 4 or 5. */
  criticalCount: number;
  /** Those among them exposed, directly or indirectly, to a vendor of sovereignty level high or critical. */
  exposedIds: string[];
  /** exposedIds.length ÷ criticalCount, 0–1; null when there is no critical dependency. */
  share: number | null;
}

export const criticalThreshold = 4;

/**
 * The board figure of design §3: the share of critical dependencies exposed, directly or through their
 * upstream chain, to vendors whose sovereignty level is high or critical. One walk from all such vendors'
 * dependencies at once.
 */
export const criticalExposure = (
  dependencies: readonly Pick<Dependency, 'id' | 'vendorId' | 'upstreamIds' | 'criticality'>[],
  vendorLevels: ReadonlyMap<string, SovereigntyStatus>,
  /** The graph of these dependencies, when the caller has already built it. */
  graph: DependencyGraph = buildDependencyGraph(dependencies),
): CriticalExposure => {
  const risky = dependencies.filter(
    (dependency) =>
      sovereigntyLevelRank[vendorLevels.get(dependency.vendorId) ?? 'unrated'] >= sovereigntyLevelRank.high,
  );
  const exposed = walkDependents(
    graph,
    risky.map((dependency) => dependency.id),
  );
  return countCriticalExposed(dependencies, exposed);
};

/**
 * The board figure once the exposed dependencies are known (from walkDependents): which of the critical
 * ones are among them, and their share.
 */
export const countCriticalExposed = (
  dependencies: readonly Pick<Dependency, 'id' | 'criticality'>[],
  exposed: { has: (id: string) => boolean },
): CriticalExposure => {
  const critical = dependencies.filter((dependency) => dependency.criticality >= criticalThreshold);
  const exposedIds = critical
    .filter((dependency) => exposed.has(dependency.id))
    .map((dependency) => dependency.id);
  return {
    criticalCount: critical.length,
    exposedIds,
    share: critical.length === 0 ? null : exposedIds.length / critical.length,
  };
};
