import type { VendorSovereignty } from '@shared/domain';

export const sovereigntyRatings = [0, 1, 2, 3, 4] as const;

/** The i18n key of each rating 0–4, under `ratingNames` and each criterion's `ratings`. */
export const ratingKeys = ['none', 'low', 'medium', 'high', 'severe'] as const;
export type RatingKey = (typeof ratingKeys)[number];

export const ratingKey = (rating: number): RatingKey => ratingKeys[rating] ?? 'severe';

/** The value a SegmentedControl holds for a rating: it only takes strings, and null means "not rated". */
export const ratingToControl = (rating: number | null | undefined): string =>
  rating === null || rating === undefined ? 'unrated' : String(rating);

export const controlToRating = (value: string): number | null => (value === 'unrated' ? null : Number(value));

/** The highest rating given, i.e. the one the level is read from; null when nothing is rated. */
export const highestRating = (sovereignty: Partial<VendorSovereignty>): number | null => {
  const ratings = Object.entries(sovereignty)
    .filter(([key, value]) => key !== 'rationale' && typeof value === 'number')
    .map(([, value]) => value as number);
  return ratings.length > 0 ? Math.max(...ratings) : null;
};
