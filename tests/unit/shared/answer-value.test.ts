import { describe, expect, it } from 'vitest';
import { answerFitsItem, isFindingAnswer, sovereigntyRatingChanges } from '@shared/domain';
import { storedVendor } from '../fixtures/records';

describe('answerFitsItem', () => {
  it('accepts each answer type’s own values only', () => {
    expect(answerFitsItem({ answerType: 'yes-no' }, 'partial')).toBe(true);
    expect(answerFitsItem({ answerType: 'yes-no' }, 3)).toBe(false);
    expect(answerFitsItem({ answerType: 'maturity' }, 4)).toBe(true);
    expect(answerFitsItem({ answerType: 'maturity' }, 'na')).toBe(true);
    expect(answerFitsItem({ answerType: 'maturity' }, 5)).toBe(false);
    expect(answerFitsItem({ answerType: 'maturity' }, 2.5)).toBe(false);
    expect(answerFitsItem({ answerType: 'maturity' }, 'yes')).toBe(false);
    expect(answerFitsItem({ answerType: 'date' }, '2026-02-28')).toBe(true);
    expect(answerFitsItem({ answerType: 'date' }, '2026-02-30')).toBe(false);
    expect(answerFitsItem({ answerType: 'text' }, 'Signed in March')).toBe(true);
    expect(answerFitsItem({ answerType: 'text' }, 2)).toBe(false);
  });

  it('lets any item be unanswered', () => {
    expect(answerFitsItem({ answerType: 'date' }, null)).toBe(true);
  });
});

describe('isFindingAnswer', () => {
  it('raises "no" and "partial", never "yes" or n.a.', () => {
    expect(
      ['yes', 'partial', 'no', 'na'].map((value) => isFindingAnswer({ answerType: 'yes-no' }, value)),
    ).toEqual([false, true, true, false]);
  });

  it('raises a weak maturity (0–1), or a high concern (3–4) on an item rated as a concern', () => {
    const maturity = [0, 1, 2, 3, 4].map((value) => isFindingAnswer({ answerType: 'maturity' }, value));
    const concern = [0, 1, 2, 3, 4].map((value) =>
      isFindingAnswer({ answerType: 'maturity', higherIsWorse: true }, value),
    );
    expect(maturity).toEqual([true, true, false, false, false]);
    expect(concern).toEqual([false, false, false, true, true]);
  });
});

describe('sovereigntyRatingChanges', () => {
  it('lists the profile ratings that differ from the vendor’s; n.a. clears one, unanswered leaves it', () => {
    const vendor = storedVendor('Core Systems', {
      sovereignty: { c1a: 1, c1b: 2, c1c: null, c1d: 3, c2: null, c3: 0 },
    });
    const answers = {
      'srp-c1a': { value: 3, evidenceIds: [] },
      'srp-c1b': { value: 2, evidenceIds: [] },
      'srp-c1d': { value: 'na' as const, evidenceIds: [] },
      'srp-c2-financial-check': { value: 'no' as const, evidenceIds: [] },
    };
    expect(sovereigntyRatingChanges(vendor, answers)).toEqual([
      { criterion: 'c1a', before: 1, after: 3 },
      { criterion: 'c1d', before: 3, after: null },
    ]);
  });
});
