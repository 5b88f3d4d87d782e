import { describe, expect, it } from 'vitest';
import {
  compareOptions,
  criterionValues,
  defaultDecisionWeights,
  prepareWhatIf,
  whatIfOption,
  type CriterionValues,
  type OptionCriteria,
} from '@shared/domain';
import { workspace } from './fixtures';
import { context, dualSource, inHouseOption, replace } from './scenario';

const criteria = (optionId: string, values: Partial<CriterionValues>): OptionCriteria => ({
  optionId,
  values: { cost: 0, time: 0, concentration: 0, sovereignty: 0, continuity: 0, licence: 0, ...values },
  concentrationDomains: [],
});

describe('criterionValues', () => {
  it('reads each criterion off the what-ifs of the worked scenario', () => {
    const baseline = prepareWhatIf(workspace());
    const values = criterionValues(
      [dualSource, replace, inHouseOption].map((option) => whatIfOption(baseline, context, option)),
    );
    // Dual-source: 250; 6 months; RAN HHI 4,062.5; exposure 3.6; continuity 16.2; licence proprietary (1 + 4).
    const rounded = values.map((option) =>
      Object.fromEntries(
        Object.entries(option.values).map(([key, value]) => [key, Math.round(value * 1e9) / 1e9]),
      ),
    );
    expect(rounded).toEqual([
      { cost: 250, time: 6, concentration: 4062.5, sovereignty: 3.6, continuity: 16.2, licence: 5 },
      { cost: 1200, time: 24, concentration: 4687.5, sovereignty: 0, continuity: 10.5, licence: 5 },
      { cost: 400, time: 12, concentration: 2734.375, sovereignty: 1, continuity: 9, licence: 5 },
    ]);
  });

  it('averages the HHI over every domain any option touches, weighted by the domain’s criticality today', () => {
    const baseline = prepareWhatIf(workspace());
    // c2 (core, N) moves wholly to E. Core today: E 5, N 3 of 8 → (25 + 9) ÷ 64 = 5,312.5; after: E alone, 10,000.
    const coreMove = {
      ...dualSource,
      moves: [
        {
          dependencyId: workspace().dependencies[5]!.id,
          toVendorId: workspace().dependencies[4]!.vendorId,
          share: 100,
        },
      ],
    };
    const [ranOnly, core] = criterionValues([
      whatIfOption(baseline, context, dualSource),
      whatIfOption(baseline, context, coreMove),
    ]);
    // RAN weighs 16, core 8. Dual-source: (16 × 4,062.5 + 8 × 5,312.5) ÷ 24 = 4,479.17.
    expect(ranOnly?.concentrationDomains.map((entry) => [entry.domain, entry.weight, entry.hhi])).toEqual([
      ['ran', 16, 4062.5],
      ['core', 8, 5312.5],
    ]);
    expect(ranOnly?.values.concentration).toBeCloseTo((16 * 4062.5 + 8 * 5312.5) / 24, 9);
    // The core move leaves RAN as today (4,687.5; subject H): (16 × 4,687.5 + 8 × 10,000) ÷ 24 = 6,458.33.
    expect(core?.values.concentration).toBeCloseTo((16 * 4687.5 + 8 * 10_000) / 24, 9);
  });
});

describe('compareOptions', () => {
  it('normalises min–max, weighs, and ranks the worked scenario (arithmetic in the comments)', () => {
    const options = [
      criteria('A', {
        cost: 250,
        time: 6,
        concentration: 4062.5,
        sovereignty: 3.6,
        continuity: 16.2,
        licence: 5,
      }),
      criteria('B', {
        cost: 1200,
        time: 24,
        concentration: 4687.5,
        sovereignty: 0,
        continuity: 10.5,
        licence: 5,
      }),
      criteria('C', {
        cost: 400,
        time: 12,
        concentration: 2734.375,
        sovereignty: 1,
        continuity: 9,
        licence: 5,
      }),
    ];
    const result = compareOptions(options, defaultDecisionWeights);
    const byId = Object.fromEntries(result.ranking.map((option) => [option.optionId, option]));
    // cost 250…1200: A 100, B 0, C 100 × 800 ÷ 950 = 84.21. time 6…24: A 100, B 0, C 100 × 12 ÷ 18 = 66.67.
    // concentration 2,734.375…4,687.5: A 100 × 625 ÷ 1,953.125 = 32, B 0, C 100.
    // sovereignty 0…3.6: A 0, B 100, C 100 × 2.6 ÷ 3.6 = 72.22. continuity 9…16.2: A 0, B 100 × 5.7 ÷ 7.2 =
    // 79.17, C 100. licence: all 5, so all 100.
    expect(byId.A?.scores).toEqual({
      cost: 100,
      time: 100,
      concentration: 32,
      sovereignty: 0,
      continuity: 0,
      licence: 100,
    });
    expect(byId.C?.scores.cost).toBeCloseTo(8000 / 95, 9);
    expect(byId.B?.scores.continuity).toBeCloseTo(570 / 7.2, 9);
    // Weights 20/10/20/20/20/10:
    // A = 0.2 × 100 + 0.1 × 100 + 0.2 × 32 + 0 + 0 + 0.1 × 100 = 46.4
    // B = 0 + 0 + 0 + 0.2 × 100 + 0.2 × 79.17 + 0.1 × 100 = 45.83
    // C = 0.2 × 84.21 + 0.1 × 66.67 + 0.2 × 100 + 0.2 × 72.22 + 0.2 × 100 + 0.1 × 100 = 87.95
    expect(byId.A?.weightedScore).toBeCloseTo(46.4, 9);
    expect(byId.B?.weightedScore).toBeCloseTo(20 + (0.2 * 570) / 7.2 + 10, 9);
    expect(byId.C?.weightedScore).toBeCloseTo(
      0.2 * (8000 / 95) + 0.1 * (200 / 3) + 20 + 0.2 * (260 / 3.6) + 20 + 10,
      9,
    );
    expect(result.ranking.map((option) => [option.optionId, option.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 3],
    ]);
    expect(result.winnerId).toBe('C');
    // Contributions add up to the weighted score, so the table can show where it comes from.
    const a = byId.A!;
    expect(Object.values(a.contributions).reduce((sum, value) => sum + value, 0)).toBeCloseTo(
      a.weightedScore,
      12,
    );
    expect(result.scales.find((scale) => scale.criterion === 'concentration')).toEqual({
      criterion: 'concentration',
      min: 2734.375,
      max: 4687.5,
    });
  });

  it('gives every option 100 on a criterion where all are equal, and breaks exact ties by entry order', () => {
    const result = compareOptions(
      [criteria('first', { cost: 7 }), criteria('second', { cost: 7 })],
      defaultDecisionWeights,
    );
    expect(result.ranking.map((option) => [option.optionId, option.weightedScore, option.rank])).toEqual([
      ['first', 100, 1],
      ['second', 100, 2],
    ]);
    const swapped = compareOptions(
      [criteria('second', { cost: 7 }), criteria('first', { cost: 7 })],
      defaultDecisionWeights,
    );
    expect(swapped.winnerId).toBe('second');
  });

  it('re-ranks on a weight change without the what-ifs', () => {
    const options = [criteria('cheap', { cost: 100, time: 12 }), criteria('fast', { cost: 300, time: 3 })];
    const costly = { cost: 60, time: 10, concentration: 10, sovereignty: 10, continuity: 5, licence: 5 };
    expect(compareOptions(options, costly).winnerId).toBe('cheap');
    expect(compareOptions(options, { ...costly, cost: 10, time: 60 }).winnerId).toBe('fast');
  });
});
