import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dependencyInputSchema, dependencySchema } from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

const valid = () => ({
  name: 'gNodeB fleet',
  vendorId: crypto.randomUUID(),
  kind: 'hardware',
  domain: 'ran',
  criticality: 5,
  substitutability: 'hard',
});

describe('dependencyInputSchema', () => {
  it('reads a unit price left blank on the form as none, and one half filled as a problem on the blank half', () => {
    const blank = dependencyInputSchema.parse({ ...valid(), unitPrice: { amount: '', currency: ' ' } });
    expect(blank.unitPrice).toBeUndefined();
    const priced = dependencyInputSchema.parse({ ...valid(), unitPrice: { amount: 2000, currency: 'eur' } });
    expect(priced.unitPrice).toEqual({ amount: 2000, currency: 'EUR' });
    expect(
      issues(dependencyInputSchema.safeParse({ ...valid(), unitPrice: { amount: 2000, currency: '' } })),
    ).toEqual([{ path: ['unitPrice', 'currency'], message: 'validation.currency' }]);
    expect(
      issues(dependencyInputSchema.safeParse({ ...valid(), unitPrice: { amount: '', currency: 'EUR' } })),
    ).toEqual([{ path: ['unitPrice', 'amount'], message: 'validation.number' }]);
  });

  it('fills defaults for a minimal dependency', () => {
    expect(dependencyInputSchema.parse(valid())).toMatchObject({
      vendorRemoteAccess: false,
      dataLocations: [],
      upstreamIds: [],
      tags: [],
      notes: '',
    });
  });

  it('accepts the optional figures at their bounds', () => {
    const dependency = dependencyInputSchema.parse({
      ...valid(),
      criticality: 1,
      footprintPct: 100,
      exitMonths: 0,
      dataLocations: ['fi', 'SE'],
    });
    expect(dependency).toMatchObject({
      criticality: 1,
      footprintPct: 100,
      exitMonths: 0,
      dataLocations: ['FI', 'SE'],
    });
  });

  it.each([0, 6, 2.5])('refuses criticality %s', (criticality) => {
    expect(issues(dependencyInputSchema.safeParse({ ...valid(), criticality }))).toEqual([
      { path: ['criticality'], message: 'validation.criticality' },
    ]);
  });

  it('reports each bad field', () => {
    const result = dependencyInputSchema.safeParse({
      ...valid(),
      vendorId: '',
      kind: 'firmware',
      domain: 'edge',
      footprintPct: -5,
      exitMonths: 1.5,
      substitutability: 'impossible',
      dataLocations: ['Mars'],
      upstreamIds: ['x'],
    });
    expect(issues(result)).toEqual([
      { path: ['vendorId'], message: 'validation.required' },
      { path: ['kind'], message: 'validation.choice' },
      { path: ['domain'], message: 'validation.choice' },
      { path: ['footprintPct'], message: 'validation.percent' },
      { path: ['substitutability'], message: 'validation.choice' },
      { path: ['exitMonths'], message: 'validation.integer' },
      { path: ['dataLocations', 0], message: 'validation.country' },
      { path: ['upstreamIds', 0], message: 'validation.uuid' },
    ]);
  });

  it('refuses negative exit months with a specific message', () => {
    expect(issues(dependencyInputSchema.safeParse({ ...valid(), exitMonths: -1 }))).toEqual([
      { path: ['exitMonths'], message: 'validation.nonNegative' },
    ]);
  });
});

describe('dependencySchema', () => {
  const meta = () => ({
    id: crypto.randomUUID(),
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  });

  it('accepts upstream links to other dependencies', () => {
    const upstream = crypto.randomUUID();
    const parsed = dependencySchema.parse({ ...meta(), ...valid(), upstreamIds: [upstream, upstream] });
    expect(parsed.upstreamIds).toEqual([upstream]);
  });

  it('refuses a dependency listed as its own upstream', () => {
    const record = meta();
    const result = dependencySchema.safeParse({ ...record, ...valid(), upstreamIds: [record.id] });
    expect(issues(result)).toEqual([{ path: ['upstreamIds'], message: 'validation.selfDependency' }]);
  });
});
