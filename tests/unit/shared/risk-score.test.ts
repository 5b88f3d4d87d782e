import { describe, expect, it } from 'vitest';
import { inherentScore, residualScore, riskLevel, riskScore } from '@shared/domain';

describe('riskScore', () => {
  it('multiplies likelihood by impact', () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(5, 5)).toBe(25);
  });
});

describe('riskLevel', () => {
  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [17, 'critical'],
    [20, 'critical'],
    [25, 'critical'],
  ])('puts score %i in %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it('gives every cell of the 5×5 matrix the band of its product', () => {
    const counts: Record<string, number> = {};
    for (let l = 1; l <= 5; l++)
      for (let i = 1; i <= 5; i++)
        counts[riskLevel(riskScore(l, i))] = (counts[riskLevel(riskScore(l, i))] ?? 0) + 1;
    expect(counts).toEqual({ low: 8, medium: 7, high: 7, critical: 3 });
  });
});

describe('inherent and residual scores', () => {
  it('uses the residual values when both are given', () => {
    const risk = { likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 };
    expect(inherentScore(risk)).toBe(20);
    expect(residualScore(risk)).toBe(6);
  });

  it('falls back to the inherent value per axis', () => {
    expect(residualScore({ likelihood: 4, impact: 5, residualLikelihood: 1 })).toBe(5);
    expect(residualScore({ likelihood: 4, impact: 5, residualImpact: 2 })).toBe(8);
    expect(residualScore({ likelihood: 4, impact: 5 })).toBe(20);
  });
});
