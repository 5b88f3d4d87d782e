import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  buildNeighbourhood,
  type Dependency,
  type Neighbourhood,
} from '@shared/domain';

const dep = (id: string, vendorId: string, upstreamIds: string[] = []) => ({ id, vendorId, upstreamIds });
const label = (node: Neighbourhood['nodes'][number]): string => `${node.type}:${node.id}@${node.depth}`;
const edgeLabel = (edge: Neighbourhood['edges'][number]): string =>
  `${edge.source.id} ${edge.relation} ${edge.target.id}`;

/* V supplies a and b; a relies on u (vendor W); u relies on u2; x (vendor W) relies on a; a and b form a cycle. */
const rows: Pick<Dependency, 'id' | 'vendorId' | 'upstreamIds'>[] = [
  dep('a', 'V', ['u', 'b']),
  dep('b', 'V', ['a']),
  dep('u', 'W', ['u2']),
  dep('u2', 'W'),
  dep('x', 'W', ['a']),
  ...Array.from({ length: 300 }, (_, index) => dep(`w${index}`, 'W')),
];
const graph = buildDependencyGraph(rows);

describe('buildNeighbourhood', () => {
  it('shows a vendor, its dependencies, what they rely on and what relies on them, nearest first', () => {
    const result = buildNeighbourhood(graph, { type: 'vendor', id: 'V' }, { depth: 3, maxNodes: 200 });
    expect(result.nodes.map(label)).toEqual([
      'vendor:V@0',
      'dependency:a@1',
      'dependency:b@1',
      'dependency:u@2',
      'dependency:x@2',
      'vendor:W@2',
      'dependency:u2@3',
    ]);
    expect(result.nodes.filter((node) => node.focus).map((node) => node.id)).toEqual(['V']);
    expect(result.edges.map(edgeLabel).sort()).toEqual(
      [
        'V supplies a',
        'V supplies b',
        'a relies-on u',
        'a relies-on b',
        'b relies-on a',
        'W supplies u',
        'W supplies x',
        'W supplies u2',
        'u relies-on u2',
        'x relies-on a',
      ].sort(),
    );
    // W's 300 other items are not pulled in: only the focus vendor is expanded.
    expect(result.truncated).toBe(false);
  });

  it('cuts at the depth asked and says so', () => {
    const result = buildNeighbourhood(graph, { type: 'dependency', id: 'a' }, { depth: 1, maxNodes: 200 });
    expect(result.nodes.map(label)).toEqual([
      'dependency:a@0',
      'vendor:V@0',
      'dependency:u@1',
      'dependency:b@1',
      'dependency:x@1',
      'vendor:W@1',
    ]);
    expect(result.truncated).toBe(true); // u2 is two hops away
  });

  it('keeps at most maxNodes, dropping the farthest, and says so', () => {
    const wide = buildDependencyGraph([
      dep('hub', 'H'),
      ...Array.from({ length: 500 }, (_, index) => dep(`d${index}`, 'V', ['hub'])),
    ]);
    const result = buildNeighbourhood(wide, { type: 'dependency', id: 'hub' }, { depth: 3, maxNodes: 200 });
    expect(result.nodes).toHaveLength(200);
    expect(result.nodes.slice(0, 2).map(label)).toEqual(['dependency:hub@0', 'vendor:H@0']);
    expect(result.truncated).toBe(true);
    expect(
      result.edges.every((edge) => result.nodes.includes(edge.source) && result.nodes.includes(edge.target)),
    ).toBe(true);
  });

  it('is empty for an unknown dependency', () => {
    expect(buildNeighbourhood(graph, { type: 'dependency', id: 'nope' }, { depth: 2, maxNodes: 10 })).toEqual(
      {
        nodes: [],
        edges: [],
        truncated: false,
      },
    );
  });
});
