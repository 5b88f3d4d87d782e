import { describe, expect, it } from 'vitest';
import {
  compareOptions,
  type CriterionValues,
  type DecisionWeights,
  type OptionCriteria,
} from '@shared/domain';

const criteria = (optionId: string, values: Partial<CriterionValues>): OptionCriteria => ({
  optionId,
  values: { cost: 0, time: 0, concentration: 0, sovereignty: 0, continuity: 0, licence: 0, ...values },
  concentrationDomains: [],
});

/**
 * X is cheaper, Y faster; the rest equal. Scores: cost X 100, Y 0; time X 0, Y 100; others 100 for both.
 * Weights 30/20/20/10/10/10: X = 30 + 0 + 50 = 80, Y = 0 + 20 + 50 = 70. X wins.
 */
const weights: DecisionWeights = {
  cost: 30,
  time: 20,
  concentration: 20,
  sovereignty: 10,
  continuity: 10,
  licence: 10,
};
const x = criteria('X', { cost: 100, time: 10 });
const y = criteria('Y', { cost: 200, time: 0 });

describe('weightSensitivity', () => {
  it('finds the weight of time at which Y draws level, the others rescaled in proportion', () => {
    const { sensitivity } = compareOptions([x, y], weights);
    const time = sensitivity.byCriterion.find((entry) => entry.criterion === 'time');
    // Time at t, the other 80 points scaled by (100 − t) ÷ 80: X's others average (30 × 100 + 50 × 100) ÷ 80 = 100,
    // Y's (0 + 50 × 100) ÷ 80 = 62.5. X(t) = 100 − t; Y(t) = t + 0.625 (100 − t) = 62.5 + 0.375 t.
    // Equal at 37.5 = 1.375 t → t = 27.27 (+7.27 points).
    expect(time?.increase?.toWeight).toBeCloseTo(300 / 11, 9);
    expect(time?.increase?.delta).toBeCloseTo(300 / 11 - 20, 9);
    expect(time?.increase?.newWinnerId).toBe('Y');
    // Less weight on time only helps X.
    expect(time?.decrease).toBeNull();
  });

  it('finds the weight of cost below which Y wins', () => {
    const { sensitivity } = compareOptions([x, y], weights);
    const cost = sensitivity.byCriterion.find((entry) => entry.criterion === 'cost');
    // Cost at c, the other 70 rescaled: X's others average 5,000 ÷ 70 = 500/7, Y's (2,000 + 5,000) ÷ 70 = 100.
    // X(c) = c + (5/7)(100 − c), Y(c) = 100 − c → 9c/7 = 200/7 → c = 22.22 (−7.78 points).
    expect(cost?.decrease?.toWeight).toBeCloseTo(200 / 9, 9);
    expect(cost?.decrease?.delta).toBeCloseTo(200 / 9 - 30, 9);
    expect(cost?.increase).toBeNull();
  });

  it('reports the smallest change of all as the sensitivity line: time +7.27 beats cost −7.78', () => {
    const { sensitivity } = compareOptions([x, y], weights);
    expect(sensitivity.robust).toBe(false);
    expect(sensitivity.winnerId).toBe('X');
    expect(sensitivity.smallest).toMatchObject({ criterion: 'time', fromWeight: 20, newWinnerId: 'Y' });
    expect(sensitivity.smallest?.delta).toBeCloseTo(300 / 11 - 20, 9);
  });

  it('counts a tie at an end of the range for whoever the tie-break favours', () => {
    // Concentration scores 100 for both. At concentration c: X = (100c + 75(100 − c)) ÷ 100,
    // Y = (100c + 62.5(100 − c)) ÷ 100 (X's others: (3,000 + 0 + 3,000) ÷ 80 = 75; Y's: 5,000 ÷ 80 = 62.5).
    // They meet only at c = 100, where X, entered first, keeps the lead: no change.
    const first = compareOptions([x, y], weights).sensitivity.byCriterion.find(
      (e) => e.criterion === 'concentration',
    );
    expect(first?.increase).toBeNull();
    // Entered the other way round, Y takes the tie at 100: +80 points.
    const second = compareOptions([y, x], weights).sensitivity.byCriterion.find(
      (e) => e.criterion === 'concentration',
    );
    expect(second?.increase).toMatchObject({ toWeight: 100, delta: 80, newWinnerId: 'Y' });
  });

  it('spreads a weight freed from 100 % equally over the others, which had none to scale', () => {
    const all: DecisionWeights = {
      cost: 100,
      time: 0,
      concentration: 0,
      sovereignty: 0,
      continuity: 0,
      licence: 0,
    };
    const cost = compareOptions([x, y], all).sensitivity.byCriterion.find(
      (entry) => entry.criterion === 'cost',
    );
    // Others' plain mean: X (0 + 4 × 100) ÷ 5 = 80, Y 100. X(c) = c + 0.8(100 − c) = 80 + 0.2c; Y(c) = 100 − c.
    // Equal at 1.2c = 20 → c = 16.67 (−83.33 points).
    expect(cost?.decrease?.toWeight).toBeCloseTo(50 / 3, 9);
    expect(cost?.decrease?.newWinnerId).toBe('Y');
  });

  it('is robust when one option is at least as good on every criterion', () => {
    const better = criteria('better', { cost: 100, time: 5 });
    const worse = criteria('worse', { cost: 200, time: 5 });
    const { sensitivity } = compareOptions([better, worse], weights);
    expect(sensitivity).toMatchObject({ robust: true, smallest: null, winnerId: 'better' });
  });

  it('names the option that wins past the nearest crossing among several', () => {
    // Weights cost 50, time 50, others 0. Raw (cost, time): P (0, 80), Q (100, 0), R (81.25, 5), S (100, 100).
    // Scores over 0…100 each: P (100, 20), Q (0, 100), R (18.75, 95), S (0, 0).
    const even: DecisionWeights = {
      cost: 50,
      time: 50,
      concentration: 0,
      sovereignty: 0,
      continuity: 0,
      licence: 0,
    };
    const options = [
      criteria('P', { cost: 0, time: 80 }),
      criteria('Q', { cost: 100, time: 0 }),
      criteria('R', { cost: 81.25, time: 5 }),
      criteria('S', { cost: 100, time: 100 }),
    ];
    const result = compareOptions(options, even);
    // P = 50 + 10 = 60, Q = 50, R = 9.375 + 47.5 = 56.875, S = 0: P wins.
    expect(result.winnerId).toBe('P');
    // Time at t, cost 100 − t: P(t) = 100 − 0.8t, Q(t) = t, R(t) = 18.75 + 0.7625t.
    // R meets P at 1.5625t = 81.25 → t = 52; Q meets P later, at 1.8t = 100 → t = 55.56. Nearest: R, +2 points.
    const time = result.sensitivity.byCriterion.find((entry) => entry.criterion === 'time');
    expect(time?.increase?.toWeight).toBeCloseTo(52, 9);
    expect(time?.increase?.newWinnerId).toBe('R');
    expect(time?.decrease).toBeNull();
  });
});
