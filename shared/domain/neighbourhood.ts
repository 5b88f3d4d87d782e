import type { DependencyGraph } from './exposure';

export type NeighbourhoodFocus = { type: 'vendor' | 'dependency'; id: string };

export interface NeighbourhoodNode {
  type: 'vendor' | 'dependency';
  id: string;
  /** Dependency hops from the focus (the focus is 0, a vendor its dependency's depth). */
  depth: number;
  focus: boolean;
}

export interface NeighbourhoodEdge {
  /** Vendor → dependency ('supplies') or dependency → the upstream dependency it relies on ('relies-on'). */
  relation: 'supplies' | 'relies-on';
  source: NeighbourhoodNode;
  target: NeighbourhoodNode;
}

export interface Neighbourhood {
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
  /** True when nodes were left out to stay within maxNodes or depth. */
  truncated: boolean;
}

export interface NeighbourhoodLimits {
  depth: number;
  maxNodes: number;
}

const key = (type: NeighbourhoodNode['type'], id: string): string => `${type}:${id}`;

/**
 * The part of the dependency graph around a vendor or a dependency, nearest first: the focus vendor's
 * dependencies, then for every dependency what it relies on, what relies on it, and its vendor. Vendors
 * other than the focus are shown but not expanded (a large vendor's whole catalogue would drown the
 * picture). Breadth-first, so when maxNodes cuts the walk it is the farthest nodes that are left out.
 */
export const buildNeighbourhood = (
  graph: DependencyGraph,
  focus: NeighbourhoodFocus,
  { depth, maxNodes }: NeighbourhoodLimits,
): Neighbourhood => {
  const nodes = new Map<string, NeighbourhoodNode>();
  let truncated = false;
  const queue: NeighbourhoodNode[] = [];
  const add = (type: NeighbourhoodNode['type'], id: string, nodeDepth: number): void => {
    const nodeKey = key(type, id);
    if (nodes.has(nodeKey)) return;
    if (nodes.size >= maxNodes || nodeDepth > depth) {
      truncated = true;
      return;
    }
    const node = { type, id, depth: nodeDepth, focus: type === focus.type && id === focus.id };
    nodes.set(nodeKey, node);
    if (type === 'dependency') queue.push(node);
  };

  if (focus.type === 'vendor') {
    add('vendor', focus.id, 0);
    for (const dependencyId of graph.byVendor.get(focus.id) ?? []) add('dependency', dependencyId, 1);
  } else if (graph.byId.has(focus.id)) {
    add('dependency', focus.id, 0);
  }

  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as NeighbourhoodNode;
    const dependency = graph.byId.get(node.id);
    if (!dependency) continue;
    add('vendor', dependency.vendorId, node.depth);
    for (const upstreamId of dependency.upstreamIds) {
      if (graph.byId.has(upstreamId)) add('dependency', upstreamId, node.depth + 1);
    }
    for (const dependentId of graph.dependents.get(node.id) ?? [])
      add('dependency', dependentId, node.depth + 1);
  }

  const edges: NeighbourhoodEdge[] = [];
  for (const node of nodes.values()) {
    if (node.type !== 'dependency') continue;
    const dependency = graph.byId.get(node.id);
    if (!dependency) continue;
    const vendor = nodes.get(key('vendor', dependency.vendorId));
    if (vendor) edges.push({ relation: 'supplies', source: vendor, target: node });
    for (const upstreamId of new Set(dependency.upstreamIds)) {
      const upstream = nodes.get(key('dependency', upstreamId));
      if (upstream && upstream !== node)
        edges.push({ relation: 'relies-on', source: node, target: upstream });
    }
  }
  return { nodes: [...nodes.values()], edges, truncated };
};
