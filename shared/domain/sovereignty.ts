import type { SovereigntyCriterion, Vendor } from './vendor';
import { sovereigntyCriteria } from './vendor';

export const sovereigntyLevelValues = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type SovereigntyLevel = (typeof sovereigntyLevelValues)[number];
export type SovereigntyStatus = SovereigntyLevel | 'unrated';

export interface SovereigntyAssessment {
  level: SovereigntyStatus;
  /** 0–100, or null when no criterion is rated (a listing alone says nothing about the average). */
  index: number | null;
  ratedCount: number;
  /** The criteria rated at the highest value: the ones that set the level. */
  drivingCriteria: SovereigntyCriterion[];
  /** True when the ratings alone were below 'high' (or absent) and a listing lifted the level to 'high'. */
  raisedByListing: boolean;
}

/** Rank for sorting and "at least" filters; unrated sorts below 'none' because nothing is known. */
export const sovereigntyLevelRank: Readonly<Record<SovereigntyStatus, number>> = {
  unrated: -1,
  none: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/** Comparator for Array.prototype.sort: ascending from unrated to critical. */
export const compareSovereigntyLevels = (a: SovereigntyStatus, b: SovereigntyStatus): number =>
  sovereigntyLevelRank[a] - sovereigntyLevelRank[b];

const levelOfRating = (rating: number): SovereigntyLevel => sovereigntyLevelValues[rating] ?? 'critical';

/**
 * Sovereignty level of a vendor from the six criteria of the EU coordinated risk assessment of 5G networks
 * (0 = no concern … 4 = severe). The level is the highest rating, not the average, because one severe
 * concern (e.g. a government able to compel the vendor) is not offset by good marks elsewhere. The index
 * (100 × mean ÷ 4) is shown beside it to tell apart vendors at the same level.
 * A vendor on any reference list (FCC Covered List, Entity List…) is at least 'high' whatever its ratings,
 * since a regulator has already judged it so.
 */
export const assessSovereignty = (
  vendor: Pick<Vendor, 'sovereignty' | 'listings'>,
): SovereigntyAssessment => {
  const rated = sovereigntyCriteria
    .map((criterion) => ({ criterion, rating: vendor.sovereignty[criterion] }))
    .filter((entry): entry is { criterion: SovereigntyCriterion; rating: number } => entry.rating !== null);
  const listed = vendor.listings.length > 0;

  if (rated.length === 0) {
    return {
      level: listed ? 'high' : 'unrated',
      index: null,
      ratedCount: 0,
      drivingCriteria: [],
      raisedByListing: listed,
    };
  }

  const max = Math.max(...rated.map((entry) => entry.rating));
  const mean = rated.reduce((sum, entry) => sum + entry.rating, 0) / rated.length;
  const ratedLevel = levelOfRating(max);
  const raisedByListing = listed && sovereigntyLevelRank[ratedLevel] < sovereigntyLevelRank.high;
  return {
    level: raisedByListing ? 'high' : ratedLevel,
    index: Math.round((100 * mean) / 4),
    ratedCount: rated.length,
    drivingCriteria: rated.filter((entry) => entry.rating === max).map((entry) => entry.criterion),
    raisedByListing,
  };
};
