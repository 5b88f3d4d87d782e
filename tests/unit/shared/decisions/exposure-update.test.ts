import { describe, expect, it } from 'vitest';
import { buildDependencyGraph, reachedAfterChange, walkDependents } from '@shared/domain';

/** mulberry32: the same graphs on every run. */
const random = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A graph of n dependencies with up to three upstream links each, anywhere (cycles and self-links included). */
const randomGraph = (next: () => number, n: number) =>
  buildDependencyGraph(
    Array.from({ length: n }, (_, i) => ({
      id: `d${i}`,
      vendorId: 'v',
      upstreamIds: Array.from({ length: Math.floor(next() * 4) }, () => `d${Math.floor(next() * (n + 5))}`),
    })),
  );

const pick = (next: () => number, ids: string[], p: number): string[] => ids.filter(() => next() < p);

describe('reachedAfterChange', () => {
  it('reaches exactly what a full walk from the new sources reaches (200 random graphs)', () => {
    const next = random(7);
    for (let run = 0; run < 200; run += 1) {
      const n = 5 + Math.floor(next() * 60);
      const graph = randomGraph(next, n);
      const ids = [...graph.byId.keys()];
      const before = new Set(pick(next, ids, 0.2));
      const removed = pick(next, [...before], 0.5);
      const added = pick(next, ids, 0.1).filter((id) => !before.has(id));
      const after = new Set([...before].filter((id) => !removed.includes(id)).concat(added));
      const reachedBefore = walkDependents(graph, before);
      const updated = reachedAfterChange(graph, reachedBefore, {
        removed,
        added,
        isSource: (id) => after.has(id),
      });
      const full = walkDependents(graph, after);
      expect(ids.filter((id) => updated.has(id))).toEqual(ids.filter((id) => full.has(id)));
      // Whatever changed status is among the dependencies it says it touched.
      const touched = new Set(updated.touched);
      expect(ids.filter((id) => full.has(id) !== reachedBefore.has(id) && !touched.has(id))).toEqual([]);
    }
  });

  it('keeps a dependency reached through another source when one of its sources goes', () => {
    // a → b → c and x → c: removing a leaves c reached through x, b no longer.
    const graph = buildDependencyGraph([
      { id: 'a', vendorId: 'v', upstreamIds: [] },
      { id: 'b', vendorId: 'v', upstreamIds: ['a'] },
      { id: 'x', vendorId: 'v', upstreamIds: [] },
      { id: 'c', vendorId: 'v', upstreamIds: ['b', 'x'] },
    ]);
    const updated = reachedAfterChange(graph, walkDependents(graph, ['a', 'x']), {
      removed: ['a'],
      added: [],
      isSource: (id) => id === 'x',
    });
    expect(['a', 'b', 'x', 'c'].map((id) => updated.has(id))).toEqual([false, false, true, true]);
  });
});
