import { walkDependents, type DependencyGraph } from '../exposure';

/** A set of dependency ids as the exposure computations read it. */
export interface IdSet {
  has: (id: string) => boolean;
}

/**
 * The dependencies reached from a changed set of sources, from those reached before the change, walking only
 * where the answer can differ: downstream of the sources removed (everything else keeps its status) and
 * downstream of those added. Equal to walkDependents(graph, sources after), which would walk the whole
 * graph again: an option moves a few thousand dependencies of fifty thousand.
 *
 * Below a removed source, a dependency is still reached when it is a source itself, or when one of its
 * upstream dependencies outside that region was reached before (that one's status has not changed):
 * those are the seeds of one walk that cannot leave the region, since the region holds all its dependents.
 */
export const reachedAfterChange = (
  graph: DependencyGraph,
  reachedBefore: IdSet,
  change: { removed: Iterable<string>; added: Iterable<string>; isSource: (id: string) => boolean },
): IdSet => {
  const region = walkDependents(graph, change.removed);
  const seeds: string[] = [];
  for (const id of region.keys()) {
    if (change.isSource(id)) seeds.push(id);
    else if (
      (graph.byId.get(id)?.upstreamIds ?? []).some(
        (upstreamId) =>
          !region.has(upstreamId) && graph.byId.has(upstreamId) && reachedBefore.has(upstreamId),
      )
    )
      seeds.push(id);
  }
  const again = walkDependents(graph, seeds);
  const added = walkDependents(graph, change.added);
  return {
    has: (id) => (region.has(id) ? again.has(id) : reachedBefore.has(id)) || added.has(id),
  };
};
