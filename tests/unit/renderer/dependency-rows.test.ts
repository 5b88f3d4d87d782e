import { describe, expect, it } from 'vitest';
import type { Dependency } from '@shared/domain';
import { reliedOnBy, resolveUpstream } from '@renderer/features/dependencies/dependencyLinks';
import { buildDependencyRows, filterDependencyRows } from '@renderer/features/dependencies/dependencyRows';
import { storedDependency } from '../fixtures/records';
import {
  hasActiveFilters,
  noDependencyFilters,
  type DependencyFilterValues,
} from '@renderer/features/dependencies/useDependencyFilters';

const nokia = crypto.randomUUID();
const etsi = crypto.randomUUID();
const vendorNames = new Map([
  [nokia, 'Nokia'],
  [etsi, 'ETSI'],
]);

const stored = (name: string, extra: Partial<Dependency> = {}): Dependency =>
  storedDependency(name, nokia, { kind: 'hardware', domain: 'ran', ...extra });

describe('dependency list filtering', () => {
  const dependencies = [
    stored('Radio units', { criticality: 5, vendorRemoteAccess: true, tags: ['5G'] }),
    stored('Réseau de transport', { domain: 'transport', substitutability: 'easy', notes: 'Fibre backbone' }),
    stored('NR specifications', {
      vendorId: etsi,
      kind: 'standard',
      domain: 'core',
      criticality: 4,
      substitutability: 'none',
      tags: ['5G', 'sep'],
    }),
  ];
  const rows = buildDependencyRows(dependencies, vendorNames);
  const names = (filters: Partial<DependencyFilterValues>) =>
    filterDependencyRows(rows, { ...noDependencyFilters, ...filters }).map((row) => row.dependency.name);

  it('names each row with its vendor', () => {
    expect(rows.map((row) => row.vendorName)).toEqual(['Nokia', 'Nokia', 'ETSI']);
  });

  it('searches names, vendor names, tags and notes without regard to case or accents', () => {
    expect(names({ search: 'reseau' })).toEqual(['Réseau de transport']);
    expect(names({ search: 'etsi' })).toEqual(['NR specifications']);
    expect(names({ search: 'SEP' })).toEqual(['NR specifications']);
    expect(names({ search: 'backbone fibre' })).toEqual(['Réseau de transport']);
    expect(names({ search: 'nokia radio' })).toEqual(['Radio units']);
    expect(names({ search: 'nothing like it' })).toEqual([]);
  });

  it('combines filters with "and", and the values within one filter with "or"', () => {
    expect(names({ domains: ['ran', 'core'] })).toEqual(['Radio units', 'NR specifications']);
    expect(names({ domains: ['ran', 'core'], tags: ['sep'] })).toEqual(['NR specifications']);
    expect(names({ kinds: ['standard'] })).toEqual(['NR specifications']);
    expect(names({ vendorIds: [nokia] })).toEqual(['Radio units', 'Réseau de transport']);
    expect(names({ criticalities: [4, 5] })).toEqual(['Radio units', 'NR specifications']);
    expect(names({ substitutability: ['easy', 'none'] })).toEqual([
      'Réseau de transport',
      'NR specifications',
    ]);
  });

  it('filters on vendor remote access either way, or not at all', () => {
    expect(names({ remoteAccess: 'yes' })).toEqual(['Radio units']);
    expect(names({ remoteAccess: 'no' })).toEqual(['Réseau de transport', 'NR specifications']);
    expect(names({ remoteAccess: 'any' })).toHaveLength(3);
  });

  it('knows when a filter is active, so "Clear filters" is offered only then', () => {
    expect(hasActiveFilters(noDependencyFilters)).toBe(false);
    expect(hasActiveFilters({ ...noDependencyFilters, search: '  ' })).toBe(false);
    expect(hasActiveFilters({ ...noDependencyFilters, remoteAccess: 'no' })).toBe(true);
    expect(hasActiveFilters({ ...noDependencyFilters, criticalities: [1] })).toBe(true);
  });
});

describe('dependency links', () => {
  const a = stored('A');
  const b = stored('B', { upstreamIds: [a.id] });
  const c = stored('C', { upstreamIds: [a.id, b.id, crypto.randomUUID()] });
  a.upstreamIds = [b.id];
  const all = [a, b, c];
  const byId = new Map(all.map((row) => [row.id, row]));

  it('resolves upstream ids to dependencies and counts the ones no longer in the workspace', () => {
    const upstream = resolveUpstream(c, byId);
    expect(upstream.found.map((row) => row.name)).toEqual(['A', 'B']);
    expect(upstream.missing).toBe(1);
  });

  it('lists what relies on a dependency, a cycle showing on both sides', () => {
    expect(reliedOnBy(all, a.id).map((row) => row.name)).toEqual(['B', 'C']);
    expect(reliedOnBy(all, b.id).map((row) => row.name)).toEqual(['A', 'C']);
    expect(reliedOnBy(all, c.id)).toEqual([]);
  });
});
