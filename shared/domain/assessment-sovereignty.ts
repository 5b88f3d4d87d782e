import type { Assessment } from './assessment';
import { ownValue } from './own-keys';
import { sovereigntyCriteria, type SovereigntyCriterion, type Vendor } from './vendor';

export interface SovereigntyRatingChange {
  criterion: SovereigntyCriterion;
  before: number | null;
  /** null when the assessor marked the criterion not applicable: the vendor's rating is cleared. */
  after: number | null;
}

/**
 * The changes an approved supplier-risk-profile assessment brings to a vendor's sovereignty ratings: the
 * answers to the items `srp-c1a` … `srp-c3` (kept by any copy of the built-in checklist) that differ from
 * the vendor's current rating. Unanswered criteria leave the rating as it is.
 */
export const sovereigntyRatingChanges = (
  vendor: Pick<Vendor, 'sovereignty'>,
  answers: Assessment['answers'],
): SovereigntyRatingChange[] =>
  sovereigntyCriteria.flatMap((criterion) => {
    const value = ownValue(answers, `srp-${criterion}`)?.value;
    const after = typeof value === 'number' ? value : value === 'na' ? null : undefined;
    const before = vendor.sovereignty[criterion];
    return after === undefined || after === before ? [] : [{ criterion, before, after }];
  });
