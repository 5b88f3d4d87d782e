import { describe, expect, it } from 'vitest';
import {
  allStandardExposures,
  buildExposureIndex,
  dependencyCoverage,
  standardExposure,
} from '@shared/domain/standards';
import { index, input } from './exposure-fixture';

describe('exposure of a standard in use', () => {
  it('gives families, shares per party and country, HHI and coverage — worked example on TS 38.331', () => {
    const exposure = standardExposure(index, 'ts 38.331');
    expect(exposure).toMatchObject({
      standard: 'TS 38.331',
      matchedBy: 'number',
      dependencyIds: ['D1', 'D2'],
      indemnifiedDependencyIds: ['D1'],
      families: 100, // 30 + 10 (Alpha) + 20 (Beta) + 40 (Gamma)
    });
    // Alpha 40 ÷ 100, Gamma 40 ÷ 100 (ties by name), Beta 20 ÷ 100.
    // Adjusted at 50 % for Alpha and Gamma, 100 % for Beta: 20, 20, 20 of 60.
    expect(
      exposure.parties.map((p) => [p.name, p.families, p.share, p.adjustedFamilies, p.adjustedShare]),
    ).toEqual([
      ['Alpha', 40, 0.4, 20, 1 / 3],
      ['Gamma', 40, 0.4, 20, 1 / 3],
      ['Beta', 20, 0.2, 20, 1 / 3],
    ]);
    expect(exposure.parties[0]).toMatchObject({
      partyId: 'VA',
      vendorId: 'VA',
      country: 'CN',
      holderKeys: ['alpha comms', 'alpha mobile'],
    });
    expect(exposure.parties[1]).toMatchObject({
      partyId: 'holder:gamma',
      country: 'US',
      essentialityRate: 50,
    });
    expect(exposure.parties[1]?.vendorId).toBeUndefined();
    // Beta is licensed (L1); the others are covered on D1 by its supplier, not on D2: partial.
    expect(exposure.parties.map((p) => [p.name, p.coverage, p.licenceIds])).toEqual([
      ['Alpha', 'partial', []],
      ['Gamma', 'partial', []],
      ['Beta', 'licensed', ['L1']],
    ]);
    expect(exposure.countries).toEqual([
      { country: 'CN', families: 40, share: 0.4, adjustedFamilies: 20, adjustedShare: 1 / 3 },
      { country: 'US', families: 40, share: 0.4, adjustedFamilies: 20, adjustedShare: 1 / 3 },
      { country: 'FI', families: 20, share: 0.2, adjustedFamilies: 20, adjustedShare: 1 / 3 },
    ]);
    // 40² + 40² + 20² = 3,600; adjusted 3 × (100 ÷ 3)² = 3,333.3: both above 1,800, highly concentrated.
    expect(exposure.concentration).toEqual({ hhi: 3600, band: 'high' });
    expect(exposure.adjustedConcentration?.hhi).toBeCloseTo(10_000 / 3, 9);
    expect(exposure.adjustedConcentration?.band).toBe('high');
    expect(exposure.uncoveredShare).toBe(0);
    expect(exposure.partialShare).toBeCloseTo(0.8, 12);
    expect(exposure.adjustedPartialShare).toBeCloseTo(2 / 3, 12);
  });

  it('counts a generation tag by the families flagged with its generation', () => {
    const exposure = standardExposure(index, '5G');
    expect(exposure).toMatchObject({
      matchedBy: 'generation',
      generation: '5G',
      dependencyIds: ['D1'],
      families: 10,
    });
    // Alpha 5 and Gamma 5: 50² + 50² = 5,000. D1 is indemnified, so both are covered by the supplier.
    expect(exposure.concentration).toEqual({ hhi: 5000, band: 'high' });
    expect(exposure.parties.map((p) => [p.name, p.share, p.coverage])).toEqual([
      ['Alpha', 0.5, 'supplier'],
      ['Gamma', 0.5, 'supplier'],
    ]);
    expect(exposure.uncoveredShare).toBe(0);
  });

  it('has no declarations, and no concentration, for a release tag naming no generation', () => {
    const exposure = standardExposure(index, 'Rel-17');
    expect(exposure).toMatchObject({
      matchedBy: 'none',
      families: 0,
      parties: [],
      countries: [],
      uncoveredShare: 0,
    });
    expect(exposure.concentration).toBeUndefined();
  });

  it('covers each dependency separately', () => {
    expect(dependencyCoverage(index, 'D2', 'TS 38.331', 'VB')).toBe('licensed');
    expect(dependencyCoverage(index, 'D1', 'TS 38.331', 'VA')).toBe('supplier');
    expect(dependencyCoverage(index, 'D2', 'TS 38.331', 'VA')).toBe('uncovered');
    expect(dependencyCoverage(index, 'D2', 'TS 38.331', 'holder:gamma')).toBe('uncovered');
  });

  it('gives every standard in use once, whatever its spellings', () => {
    expect(allStandardExposures(index).map((exposure) => exposure.standard)).toEqual([
      '5G',
      'Rel-17',
      'TS 38.331',
    ]);
  });
});

describe('the summary of every standard in use', () => {
  it('gives the same figures as the detail, and its five largest parties in the same order', () => {
    const many = buildExposureIndex({
      ...input,
      aggregates: {
        ...input.aggregates,
        holders: Array.from({ length: 12 }, (_, at) => ({
          key: `h${at}`,
          name: `H${at % 4}`,
          spellings: [],
          families: 1,
        })),
        // Families 1, 2, 3, 1, 2, 3…: ties broken by name, then party id.
        standards: [
          {
            number: 'TS 38.331',
            families: Array.from({ length: 12 }, (_, at): [number, number] => [at, 1 + (at % 3)]),
          },
        ],
      },
      holderVendorIds: [],
    });
    const summary = allStandardExposures(many).find((exposure) => exposure.standard === 'TS 38.331');
    const detail = standardExposure(many, 'TS 38.331');
    const { parties, ...figures } = detail;
    expect(summary).toEqual(figures);
    expect(summary?.partyCount).toBe(12);
    expect(summary?.topParties).toEqual(parties.slice(0, 5));
    // Families 3 at h2, h5, h8, h11 (named H2, H1, H0, H3), then 2 at h1, h4, h7, h10 (H1, H0, H3, H2).
    expect(parties.slice(0, 5).map((party) => [party.partyId, party.name, party.families])).toEqual([
      ['holder:h8', 'H0', 3],
      ['holder:h5', 'H1', 3],
      ['holder:h2', 'H2', 3],
      ['holder:h11', 'H3', 3],
      ['holder:h4', 'H0', 2],
    ]);
  });
});
