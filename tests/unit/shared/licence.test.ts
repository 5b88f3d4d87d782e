import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clauseNames, licenceInputSchema, licenceSchema } from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

describe('licenceInputSchema', () => {
  it('starts every clause as unknown and auto-renew off', () => {
    const licence = licenceInputSchema.parse({ title: 'RAN software', type: 'commercial' });
    expect(licence.autoRenew).toBe(false);
    expect(licence.dependencyIds).toEqual([]);
    expect(Object.keys(licence.clauses)).toEqual([...clauseNames]);
    expect(Object.values(licence.clauses).every((value) => value === 'unknown')).toBe(true);
  });

  it('keeps the clauses that were given and defaults the rest', () => {
    const licence = licenceInputSchema.parse({
      title: 'SEP portfolio',
      type: 'patent-sep',
      frand: true,
      clauses: { sanctionsExit: 'yes', stepIn: 'partial' },
      startDate: '2025-01-01',
      endDate: '2025-01-01',
      noticeDays: 90,
      annualCost: 125000.5,
      currency: 'eur',
      governingLaw: 'ch',
      royaltyBasis: 'per-unit',
    });
    expect(licence.clauses.sanctionsExit).toBe('yes');
    expect(licence.clauses.stepIn).toBe('partial');
    expect(licence.clauses.auditRights).toBe('unknown');
    expect(licence).toMatchObject({ currency: 'EUR', governingLaw: 'CH', noticeDays: 90 });
  });

  it('refuses an end date before the start date, at the end date', () => {
    const result = licenceInputSchema.safeParse({
      title: 'T',
      type: 'saas',
      startDate: '2025-06-01',
      endDate: '2025-05-31',
    });
    expect(issues(result)).toEqual([{ path: ['endDate'], message: 'validation.endBeforeStart' }]);
  });

  it('reports each bad field', () => {
    const result = licenceInputSchema.safeParse({
      title: '',
      type: 'gpl',
      clauses: { changeOfControl: 'maybe' },
      noticeDays: -30,
      annualCost: -1,
      currency: 'EURO',
      governingLaw: 'EU',
      endDate: '2025-02-30',
    });
    expect(issues(result)).toEqual([
      { path: ['title'], message: 'validation.required' },
      { path: ['type'], message: 'validation.choice' },
      { path: ['endDate'], message: 'validation.date' },
      { path: ['noticeDays'], message: 'validation.nonNegative' },
      { path: ['governingLaw'], message: 'validation.country' },
      { path: ['annualCost'], message: 'validation.nonNegative' },
      { path: ['currency'], message: 'validation.currency' },
      { path: ['clauses', 'changeOfControl'], message: 'validation.choice' },
    ]);
  });
});

describe('licenceSchema', () => {
  it('applies the date rule to stored records too', () => {
    const base = {
      id: crypto.randomUUID(),
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(licenceSchema.safeParse({ ...base, title: 'T', type: 'saas' }).success).toBe(true);
    const result = licenceSchema.safeParse({
      ...base,
      title: 'T',
      type: 'saas',
      startDate: '2026-01-01',
      endDate: '2025-01-01',
    });
    expect(issues(result)).toEqual([{ path: ['endDate'], message: 'validation.endBeforeStart' }]);
  });
});
