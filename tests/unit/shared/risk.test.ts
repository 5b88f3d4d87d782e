import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { riskActionSchema, riskInputSchema, riskSchema } from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

const valid = { title: 'Single RAN vendor', category: 'concentration', likelihood: 3, impact: 5 };

describe('riskInputSchema', () => {
  it('fills defaults for a new risk', () => {
    expect(riskInputSchema.parse(valid)).toEqual({
      ...valid,
      description: '',
      vendorIds: [],
      dependencyIds: [],
      licenceIds: [],
      treatment: 'mitigate',
      status: 'open',
      actions: [],
    });
  });

  it('accepts residual values, actions and a source', () => {
    const risk = riskInputSchema.parse({
      ...valid,
      residualLikelihood: 2,
      residualImpact: '',
      reviewDate: '2025-09-30',
      actions: [{ id: crypto.randomUUID(), title: 'Qualify a second vendor', dueDate: '2026-03-31' }],
      source: { assessmentId: crypto.randomUUID(), itemId: 'eu-5g-sm05' },
    });
    expect(risk.residualLikelihood).toBe(2);
    expect(risk.residualImpact).toBeUndefined();
    expect(risk.actions[0]?.status).toBe('todo');
  });

  it.each([
    ['likelihood', 0],
    ['impact', 6],
    ['residualImpact', 2.5],
  ])('refuses %s = %s with the scale message', (field, value) => {
    expect(issues(riskInputSchema.safeParse({ ...valid, [field]: value }))).toEqual([
      { path: [field], message: 'validation.scale' },
    ]);
  });

  it('reports bad choices, dates and actions at their path', () => {
    const result = riskInputSchema.safeParse({
      ...valid,
      category: 'political',
      treatment: 'ignore',
      status: 'done',
      reviewDate: '31/12/2025',
      actions: [{ id: 'a1', title: '' }],
      source: { assessmentId: crypto.randomUUID(), itemId: '' },
    });
    expect(issues(result)).toEqual([
      { path: ['category'], message: 'validation.choice' },
      { path: ['treatment'], message: 'validation.choice' },
      { path: ['status'], message: 'validation.choice' },
      { path: ['reviewDate'], message: 'validation.date' },
      { path: ['actions', 0, 'id'], message: 'validation.uuid' },
      { path: ['actions', 0, 'title'], message: 'validation.required' },
      { path: ['source', 'itemId'], message: 'validation.required' },
    ]);
  });
});

describe('riskActionSchema', () => {
  it('refuses an unknown status', () => {
    const result = riskActionSchema.safeParse({ id: crypto.randomUUID(), title: 'x', status: 'blocked' });
    expect(issues(result)).toEqual([{ path: ['status'], message: 'validation.choice' }]);
  });
});

describe('riskSchema', () => {
  it('requires record metadata', () => {
    const meta = {
      id: crypto.randomUUID(),
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    expect(riskSchema.safeParse({ ...meta, ...valid }).success).toBe(true);
    expect(issues(riskSchema.safeParse({ ...meta, ...valid, createdAt: 'yesterday' }))).toEqual([
      { path: ['createdAt'], message: 'validation.dateTime' },
    ]);
  });
});
