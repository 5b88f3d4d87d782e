import type { Dependency } from '@shared/domain';

export interface UpstreamLinks {
  /** The upstream dependencies still in the workspace, in the order they were listed. */
  found: Dependency[];
  /** How many listed ids no longer match a dependency. */
  missing: number;
}

/** What a dependency relies on, resolved against the workspace. */
export const resolveUpstream = (
  dependency: Dependency,
  byId: ReadonlyMap<string, Dependency>,
): UpstreamLinks => {
  const found: Dependency[] = [];
  for (const id of dependency.upstreamIds) {
    const upstream = byId.get(id);
    if (upstream) found.push(upstream);
  }
  return { found, missing: dependency.upstreamIds.length - found.length };
};

/** The dependencies that list this one as upstream ("relied on by"); a cycle simply shows on both sides. */
export const reliedOnBy = (dependencies: readonly Dependency[], id: string): Dependency[] =>
  dependencies.filter((other) => other.id !== id && other.upstreamIds.includes(id));
