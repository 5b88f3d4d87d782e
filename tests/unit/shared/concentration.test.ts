import { describe, expect, it } from 'vitest';
import { computeConcentration, concentrationBand, type Dependency } from '@shared/domain';

type Row = Pick<Dependency, 'vendorId' | 'domain' | 'criticality'>;
const rows = (domain: Dependency['domain'], weights: Record<string, number[]>): Row[] =>
  Object.entries(weights).flatMap(([vendorId, criticalities]) =>
    criticalities.map((criticality) => ({ vendorId, domain, criticality })),
  );

describe('computeConcentration', () => {
  it('weighs each vendor by the criticality of its dependencies (worked example: 50/30/20 → 3,800)', () => {
    // RAN: A supplies two criticality-5 items (10), B two criticality-3 (6), C one 4 (4); total 20.
    const [ran] = computeConcentration(rows('ran', { A: [5, 5], B: [3, 3], C: [4] }));
    expect(ran).toMatchObject({ domain: 'ran', totalWeight: 20, dependencyCount: 5 });
    expect(ran?.shares).toEqual([
      { vendorId: 'A', weight: 10, dependencyCount: 2, share: 0.5 },
      { vendorId: 'B', weight: 6, dependencyCount: 2, share: 0.3 },
      { vendorId: 'C', weight: 4, dependencyCount: 1, share: 0.2 },
    ]);
    // 50² + 30² + 20² = 2,500 + 900 + 400
    expect(ran?.hhi).toBeCloseTo(3800, 9);
    expect(ran?.band).toBe('high');
  });

  it('gives 10,000 for a single supplier, however many items it supplies', () => {
    const [core] = computeConcentration(rows('core', { A: [1, 2, 5] }));
    expect(core?.hhi).toBe(10_000);
    expect(core?.band).toBe('high');
  });

  it('puts the band boundaries where the 2023 Merger Guidelines do, exactly', () => {
    // Ten equal suppliers: 10 × 10² = 1,000, the first moderately concentrated value.
    const ten = computeConcentration(
      rows('transport', Object.fromEntries([...'ABCDEFGHIJ'].map((v) => [v, [2]]))),
    );
    expect(ten[0]?.hhi).toBe(1000);
    expect(ten[0]?.band).toBe('moderate');
    // Eleven equal suppliers: 10,000 ÷ 11 ≈ 909 → unconcentrated.
    const eleven = computeConcentration(
      rows('it', Object.fromEntries([...'ABCDEFGHIJK'].map((v) => [v, [3]]))),
    );
    expect(eleven[0]?.hhi).toBeCloseTo(909.09, 2);
    expect(eleven[0]?.band).toBe('unconcentrated');
    // Weights 3, 2, 1, 1, 1, 1, 1 of 10: 900 + 400 + 5 × 100 = 1,800, still moderate (high is above 1,800).
    const edge = computeConcentration(
      rows('security', { A: [3], B: [2], C: [1], D: [1], E: [1], F: [1], G: [1] }),
    );
    expect(edge[0]?.hhi).toBe(1800);
    expect(edge[0]?.band).toBe('moderate');
  });

  it('computes each domain separately, in the order of the domain list, leaving empty domains out', () => {
    const result = computeConcentration([...rows('core', { A: [5], B: [5] }), ...rows('ran', { A: [4] })]);
    expect(result.map((domain) => [domain.domain, domain.hhi])).toEqual([
      ['ran', 10_000],
      ['core', 5000],
    ]);
  });

  it('returns nothing for no dependencies', () => {
    expect(computeConcentration([])).toEqual([]);
  });
});

describe('concentrationBand', () => {
  it.each([
    [0, 'unconcentrated'],
    [999.99, 'unconcentrated'],
    [1000, 'moderate'],
    [1800, 'moderate'],
    [1800.01, 'high'],
    [10_000, 'high'],
  ])('%d is %s', (hhi, band) => {
    expect(concentrationBand(hhi)).toBe(band);
  });
});
