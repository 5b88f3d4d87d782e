import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, featureGraph, importGraph } from './import-graph';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the import graph', () => {
  const graph = importGraph(root, ['renderer', 'shared', 'electron']);

  it('reads the whole source: the router reaches every feature', () => {
    const router = graph.get('renderer/shell/AppRouter.tsx') ?? [];
    expect(router.filter((file) => file.endsWith('/routes.tsx')).length).toBeGreaterThanOrEqual(12);
  });

  it('has no cycle between modules', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no cycle between feature folders: features embed each other one way only', () => {
    expect(cycles(featureGraph(graph))).toEqual([]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(looped)).toEqual([['a', 'b', 'c']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
