import { describe, expect, it } from 'vitest';
import { assessSovereignty, compareSovereigntyLevels, type Vendor } from '@shared/domain';

type Ratings = Partial<Record<'c1a' | 'c1b' | 'c1c' | 'c1d' | 'c2' | 'c3', number | null>>;

const vendor = (
  ratings: Ratings,
  listings: Vendor['listings'] = [],
): Pick<Vendor, 'sovereignty' | 'listings'> => ({
  sovereignty: { c1a: null, c1b: null, c1c: null, c1d: null, c2: null, c3: null, ...ratings },
  listings,
});

const fcc: Vendor['listings'] = [{ list: 'fcc-covered', since: '2021-03-12' }];

describe('assessSovereignty', () => {
  it('is unrated when nothing is rated and the vendor is on no list', () => {
    expect(assessSovereignty(vendor({}))).toEqual({
      level: 'unrated',
      index: null,
      ratedCount: 0,
      drivingCriteria: [],
      raisedByListing: false,
    });
  });

  it('takes the highest rating as the level (weakest link), not the mean', () => {
    const result = assessSovereignty(vendor({ c1a: 0, c1b: 0, c1c: 0, c1d: 0, c2: 0, c3: 3 }));
    expect(result.level).toBe('high');
    expect(result.index).toBe(13); // 100 × 0.5 ÷ 4 = 12.5, rounded
    expect(result.drivingCriteria).toEqual(['c3']);
    expect(result.ratedCount).toBe(6);
  });

  it('maps each rating to its level', () => {
    expect([0, 1, 2, 3, 4].map((rating) => assessSovereignty(vendor({ c2: rating })).level)).toEqual([
      'none',
      'low',
      'medium',
      'high',
      'critical',
    ]);
  });

  it('averages only the rated criteria for the index', () => {
    const result = assessSovereignty(vendor({ c1a: 4, c2: 1 }));
    expect(result).toMatchObject({ level: 'critical', index: 63, ratedCount: 2, drivingCriteria: ['c1a'] }); // 62.5
    expect(assessSovereignty(vendor({ c1a: 1, c1b: 1, c1c: 2 })).index).toBe(33); // 33.33…
    expect(assessSovereignty(vendor({ c1a: 0 })).index).toBe(0);
    expect(assessSovereignty(vendor({ c1a: 4, c1b: 4 })).index).toBe(100);
  });

  it('lists every criterion that shares the top rating', () => {
    expect(assessSovereignty(vendor({ c1a: 2, c1c: 2, c2: 1 })).drivingCriteria).toEqual(['c1a', 'c1c']);
  });

  it('lifts a listed vendor with low ratings to high', () => {
    expect(assessSovereignty(vendor({ c1a: 1, c2: 0 }, fcc))).toEqual({
      level: 'high',
      index: 13,
      ratedCount: 2,
      drivingCriteria: ['c1a'],
      raisedByListing: true,
    });
  });

  it('makes a listed but unrated vendor high, with no index', () => {
    expect(assessSovereignty(vendor({}, [{ list: 'us-entity-list' }]))).toEqual({
      level: 'high',
      index: null,
      ratedCount: 0,
      drivingCriteria: [],
      raisedByListing: true,
    });
  });

  it('leaves a listed vendor already high or critical where the ratings put it', () => {
    expect(assessSovereignty(vendor({ c1a: 4 }, fcc))).toMatchObject({
      level: 'critical',
      raisedByListing: false,
    });
    expect(assessSovereignty(vendor({ c1a: 3 }, fcc))).toMatchObject({
      level: 'high',
      raisedByListing: false,
    });
  });
});

describe('compareSovereigntyLevels', () => {
  it('sorts from unrated to critical', () => {
    const levels = ['critical', 'none', 'unrated', 'high', 'low', 'medium'] as const;
    expect([...levels].sort(compareSovereigntyLevels)).toEqual([
      'unrated',
      'none',
      'low',
      'medium',
      'high',
      'critical',
    ]);
  });
});
