import { describe, expect, it } from 'vitest';
import {
  buildDependencyGraph,
  criticalExposure,
  exposureChain,
  vendorExposure,
  type Dependency,
  type SovereigntyStatus,
} from '@shared/domain';

type Row = Pick<Dependency, 'id' | 'vendorId' | 'upstreamIds' | 'criticality'>;
const dep = (id: string, vendorId: string, upstreamIds: string[] = [], criticality = 3): Row => ({
  id,
  vendorId,
  upstreamIds,
  criticality,
});

/*
 * X supplies a (chip). b relies on a, c on b (a chain); d and e rely on each other (a cycle) and e on a;
 * g and h form a cycle that never reaches X; f is unrelated; i names itself and a deleted dependency.
 */
const workspace: Row[] = [
  dep('a', 'X'),
  dep('b', 'Y', ['a']),
  dep('c', 'Z', ['b']),
  dep('d', 'Y', ['e']),
  dep('e', 'Z', ['d', 'a']),
  dep('f', 'Y'),
  dep('g', 'Y', ['h']),
  dep('h', 'Z', ['g']),
  dep('i', 'Z', ['i', 'gone', 'f']),
];

describe('vendorExposure', () => {
  const graph = buildDependencyGraph(workspace);

  it('lists the vendor’s own dependencies as direct', () => {
    expect(vendorExposure(graph, 'X').direct).toEqual(['a']);
    expect(vendorExposure(graph, 'Y').direct).toEqual(['b', 'd', 'f', 'g']);
  });

  it('follows upstream chains transitively, through cycles, with the shortest chain as the explanation', () => {
    const exposure = vendorExposure(graph, 'X');
    const chains = Object.fromEntries(
      exposure.indirect.map(({ dependencyId }) => [dependencyId, exposureChain(exposure, dependencyId)]),
    );
    expect(chains).toEqual({
      b: ['a'],
      e: ['a'],
      c: ['b', 'a'],
      d: ['e', 'a'],
    });
  });

  it('does not count a vendor’s own dependency as indirect even when another of its own relies on it', () => {
    const graphWithOwnChain = buildDependencyGraph([
      dep('a', 'X'),
      dep('b', 'X', ['a']),
      dep('c', 'Y', ['b']),
    ]);
    const exposure = vendorExposure(graphWithOwnChain, 'X');
    expect(exposure.direct).toEqual(['a', 'b']);
    expect(exposure.indirect).toEqual([{ dependencyId: 'c', through: 'b' }]);
  });

  it('ignores self-references and upstream ids that name no dependency', () => {
    const exposure = vendorExposure(graph, 'Y');
    expect(exposure.indirect.map((entry) => entry.dependencyId).sort()).toEqual(['c', 'e', 'h', 'i']);
  });

  it('is empty for a vendor without dependencies', () => {
    expect(vendorExposure(graph, 'nobody')).toEqual({ direct: [], indirect: [] });
  });

  it('walks a 50,000-link chain without recursion limits', () => {
    const chain = Array.from({ length: 50_000 }, (_, index) =>
      dep(`n${index}`, index === 0 ? 'X' : 'Y', index === 0 ? [] : [`n${index - 1}`]),
    );
    const exposure = vendorExposure(buildDependencyGraph(chain), 'X');
    expect(exposure.indirect).toHaveLength(49_999);
    expect(exposureChain(exposure, 'n49999')).toHaveLength(49_999);
  });
});

describe('criticalExposure', () => {
  const levels = new Map<string, SovereigntyStatus>([
    ['X', 'critical'],
    ['Y', 'low'],
    ['Z', 'unrated'],
  ]);

  it('is the share of criticality 4–5 dependencies reached from a high or critical vendor', () => {
    const rows = [
      dep('a', 'X', [], 2), // the risky vendor's item itself is not critical: not counted
      dep('b', 'Y', ['a'], 5), // critical, exposed through a
      dep('c', 'Z', ['b'], 4), // critical, exposed through b → a
      dep('d', 'Y', [], 5), // critical, not exposed
    ];
    expect(criticalExposure(rows, levels)).toEqual({
      criticalCount: 3,
      exposedIds: ['b', 'c'],
      share: 2 / 3,
    });
  });

  it('counts a critical dependency of a high-level vendor as directly exposed', () => {
    const highLevels = new Map<string, SovereigntyStatus>([['Y', 'high']]);
    expect(criticalExposure([dep('d', 'Y', [], 4)], highLevels)).toEqual({
      criticalCount: 1,
      exposedIds: ['d'],
      share: 1,
    });
  });

  it('treats medium, low, none and unrated vendors as no exposure', () => {
    const rows = [dep('a', 'Y', [], 5), dep('b', 'Z', ['a'], 5)];
    expect(criticalExposure(rows, levels).share).toBe(0);
  });

  it('has no share when there is no critical dependency', () => {
    expect(criticalExposure([dep('a', 'X', [], 3)], levels)).toEqual({
      criticalCount: 0,
      exposedIds: [],
      share: null,
    });
  });
});
