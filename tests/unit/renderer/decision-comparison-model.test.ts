import { describe, expect, it } from 'vitest';
import { defaultDecisionWeights, type WhatIfRecords } from '@shared/domain';
import {
  decisionWhatIfs,
  domainRows,
  hhiArithmetic,
  prepareBaseline,
  rankOptions,
  residualRows,
  todayId,
  typedWeights,
} from '@renderer/features/decisions/comparison/comparisonModel';
import { dependency, option, risk, uuid, vendor } from '../shared/decisions/fixtures';

/*
 * Worked by hand (the e2e spec's workspace): vendor H rated 4 (critical), N rated 1 (low). RAN: r1 H
 * criticality 5, exit 24 months; r2 H 3, 12 months; r3 N 2. Shares 8/10 and 2/10: HHI 6,400 + 400 = 6,800.
 */
const H = uuid(1);
const N = uuid(2);
const r1 = uuid(11);
const r2 = uuid(12);
const r3 = uuid(13);
const riskRan = uuid(21);
const stay = uuid(41);
const second = uuid(42);
const exit = uuid(43);

const records: WhatIfRecords = {
  vendors: [vendor(H, { c1a: 4 }), vendor(N, { c1a: 1 })],
  dependencies: [
    dependency(r1, H, 'ran', 5, { exitMonths: 24 }),
    dependency(r2, H, 'ran', 3, { exitMonths: 12 }),
    dependency(r3, N, 'ran', 2),
  ],
  licences: [],
  risks: [risk(riskRan, 4, 5)],
};

const decision = {
  subject: { type: 'domain' as const, domain: 'ran' as const },
  costHorizonYears: 5,
  options: [
    option({ id: stay, kind: 'renegotiate', title: 'Stay', oneOffCost: 50_000, monthsToImplement: 3 }),
    option({
      id: second,
      kind: 'dual-source',
      title: 'Second source',
      moves: [{ dependencyId: r1, toVendorId: N, share: 50 }],
      oneOffCost: 400_000,
      monthsToImplement: 12,
      expectedResidual: { [riskRan]: [3, 4] },
    }),
    option({
      id: exit,
      kind: 'exit',
      title: 'Exit',
      moves: [{ dependencyId: r3, share: 100 }],
      annualCostDelta: -10_000,
      monthsToImplement: 6,
    }),
  ],
};

const whatIfs = decisionWhatIfs(prepareBaseline(records), decision);

describe('the comparison’s columns: today, then each option', () => {
  it('gives today the figures of the records as they are, on the same footing as the options', () => {
    const [today] = whatIfs.columns;
    expect(today?.id).toBe(todayId);
    expect(today?.title).toBe('');
    // Cost and months 0; HHI 6,800; 1 critical dependency exposed; (5 × 24 + 3 × 12) ÷ 10 = 15.6 months at
    // stake; no licence recorded: unknown terms, burden 6.
    expect(today?.values).toEqual({
      cost: 0,
      time: 0,
      concentration: 6800,
      sovereignty: 1,
      continuity: 15.6,
      licence: 6,
    });
    expect(today?.whatIf.suppliers.after.byLevel).toEqual([
      { level: 'critical', weight: 8, vendorCount: 1 },
      { level: 'low', weight: 2, vendorCount: 1 },
    ]);
  });

  it('works out each option’s raw values by hand', () => {
    expect(whatIfs.columns.map((column) => column.title)).toEqual(['', 'Stay', 'Second source', 'Exit']);
    const values = whatIfs.columns.slice(1).map((column) => column.values);
    // Second source: H 2.5 + 3, N 2.5 + 2 → 55² + 45² = 5,050; r1 half with H counts 0.5; r1's 24 months
    // halved: (5 × 12 + 3 × 12) ÷ 10 = 9.6. Exit: H alone → 10,000; cost 0 − 10,000 × 5.
    expect(values).toEqual([
      { cost: 50_000, time: 3, concentration: 6800, sovereignty: 1, continuity: 15.6, licence: 6 },
      { cost: 400_000, time: 12, concentration: 5050, sovereignty: 0.5, continuity: 9.6, licence: 6 },
      { cost: -50_000, time: 6, concentration: 10_000, sovereignty: 1, continuity: 15.6, licence: 6 },
    ]);
    // The ranking compares the options only.
    expect(whatIfs.criteria.map((entry) => entry.optionId)).toEqual([stay, second, exit]);
  });
});

describe('rows of the side-by-side table', () => {
  it('gives each affected domain its HHI per column, an option that leaves it alone marked unchanged', () => {
    const rows = domainRows(whatIfs.columns);
    expect(rows.map((row) => row.domain)).toEqual(['ran']);
    expect(rows[0]?.cells.map((cell) => [cell.concentration.hhi, cell.changed])).toEqual([
      [6800, false],
      [6800, false],
      [5050, true],
      [10_000, true],
    ]);
  });

  it('shows a risk’s residual today and the expected one only where an option names it', () => {
    const rows = residualRows(whatIfs.columns);
    expect(rows.map((row) => row.riskId)).toEqual([riskRan]);
    // No residual recorded: today's is the inherent 4 × 5 = 20; the second source expects 3 × 4 = 12.
    expect(rows[0]?.cells.map((cell) => [cell.figure.score, cell.figure.level, cell.expected])).toEqual([
      [20, 'critical', false],
      [20, 'critical', false],
      [12, 'high', true],
      [20, 'critical', false],
    ]);
  });

  it('writes the HHI as the sum of squared shares in percent, the smaller vendors summed', () => {
    const after = domainRows(whatIfs.columns)[0]?.cells[2]?.concentration;
    if (!after) throw new Error('no RAN figure for the second source');
    const { terms, others, hhi, band } = hhiArithmetic(after);
    expect([others, hhi, band]).toEqual([null, 5050, 'high']);
    expect(terms.map((term) => term.vendorId)).toEqual([H, N]);
    expect(terms[0]?.percent).toBeCloseTo(55, 9);
    expect(terms[0]?.contribution).toBeCloseTo(3025, 9);
    expect(terms[1]?.percent).toBeCloseTo(45, 9);
    expect(terms[1]?.contribution).toBeCloseTo(2025, 9);
    const summed = hhiArithmetic(after, 1).others;
    expect(summed?.count).toBe(1);
    expect(summed?.contribution).toBeCloseTo(2025, 9);
  });
});

describe('ranking as the weights change', () => {
  it('ranks by weighted score and names the smallest weight change that changes the winner', () => {
    // Scores: cost 77.8 / 0 / 100, time 100 / 0 / 66.7, HHI 64.6 / 100 / 0, exposure and continuity 0 / 100 / 0,
    // licences 100 each. Weighted 20/10/20/20/20/10: 48.48, 70, 36.67.
    const comparison = rankOptions(whatIfs, defaultDecisionWeights);
    expect(comparison.ranking.map((entry) => entry.optionId)).toEqual([second, stay, exit]);
    const [first, next, last] = comparison.ranking.map((entry) => entry.weightedScore);
    expect(first).toBe(70);
    expect(next).toBeCloseTo(48.485, 3);
    expect(last).toBeCloseTo(36.667, 3);
    // Time weight x, the others scaled to 100 − x: stay 42.76 + 0.5724 x meets second 77.78 − 0.7778 x at 25.94.
    const smallest = comparison.sensitivity.smallest;
    expect([smallest?.criterion, smallest?.fromWeight, smallest?.newWinnerId]).toEqual(['time', 10, stay]);
    expect(smallest?.toWeight).toBeCloseTo(25.935, 3);
    expect(smallest?.delta).toBeCloseTo(15.935, 3);
  });

  it('puts staying first once time weighs 30 % and continuity nothing', () => {
    const comparison = rankOptions(whatIfs, { ...defaultDecisionWeights, time: 30, continuity: 0 });
    expect(comparison.winnerId).toBe(stay);
    expect(comparison.ranking[0]?.weightedScore).toBeCloseTo(68.485, 3);
  });
});

describe('typed weights', () => {
  it('accepts weights that make 100 %', () => {
    expect(typedWeights({ ...defaultDecisionWeights, time: 30, continuity: 0 })).toEqual({
      weights: { ...defaultDecisionWeights, time: 30, continuity: 0 },
      problem: null,
      total: 100,
    });
  });

  it('refuses 105 % with the sum’s message, and an emptied field with its own', () => {
    expect(typedWeights({ ...defaultDecisionWeights, cost: 25 })).toEqual({
      weights: null,
      problem: 'decisions.validation.weightsSum',
      total: 105,
    });
    expect(typedWeights({ ...defaultDecisionWeights, cost: '' })).toEqual({
      weights: null,
      problem: 'validation.percent',
      total: 80,
    });
  });
});
