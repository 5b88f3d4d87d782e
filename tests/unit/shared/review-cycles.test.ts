import { describe, expect, it } from 'vitest';
import {
  assessmentCycle,
  defaultReviewCycles,
  nextAssessmentReview,
  nextRiskReview,
  reviewCyclesSchema,
  reviewTier,
  riskReviewCycle,
  subjectTier,
  type TierSources,
} from '@shared/domain';

const vendorId = '0f9e2c1a-7d3b-4e5f-8a6b-1c2d3e4f5a6b';
const otherVendorId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const checklistId = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea506';

describe('reviewTier', () => {
  it('is the highest criticality, or none without any', () => {
    expect(reviewTier([2, 5, 3])).toBe('5');
    expect(reviewTier([1])).toBe('1');
    expect(reviewTier([3, 3, 4])).toBe('4');
    expect(reviewTier([])).toBe('none');
  });
});

describe('subjectTier', () => {
  const dependencies = new Map([
    ['dep-ran', { criticality: 5 }],
    ['dep-billing', { criticality: 2 }],
    ['dep-crm', { criticality: 3 }],
  ]);
  const sources: TierSources = {
    dependency: (id) => dependencies.get(id),
    dependenciesOfVendor: (id) =>
      id === vendorId ? [{ criticality: 2 }, { criticality: 4 }] : id === otherVendorId ? [] : [],
    licence: (id) =>
      ({
        covering: { dependencyIds: ['dep-billing', 'dep-crm'], vendorId: otherVendorId },
        bare: { dependencyIds: [], vendorId },
        orphan: { dependencyIds: ['gone'] },
      })[id],
  };

  it('gives a vendor the highest criticality of the dependencies it supplies', () => {
    expect(subjectTier({ type: 'vendor', id: vendorId }, sources)).toBe('4');
    expect(subjectTier({ type: 'vendor', id: otherVendorId }, sources)).toBe('none');
  });

  it('gives a dependency its own criticality', () => {
    expect(subjectTier({ type: 'dependency', id: 'dep-ran' }, sources)).toBe('5');
    expect(subjectTier({ type: 'dependency', id: 'gone' }, sources)).toBe('none');
  });

  it('gives a licence the tier of what it covers, else of its vendor, else none', () => {
    expect(subjectTier({ type: 'licence', id: 'covering' }, sources)).toBe('3');
    expect(subjectTier({ type: 'licence', id: 'bare' }, sources)).toBe('4');
    expect(subjectTier({ type: 'licence', id: 'orphan' }, sources)).toBe('none');
    expect(subjectTier({ type: 'licence', id: 'missing' }, sources)).toBe('none');
  });
});

describe('review cycles settings', () => {
  it('default to 12 months for vital and major suppliers, 24 for significant, 36 for the rest', () => {
    expect(defaultReviewCycles).toEqual({
      tiers: { '5': 12, '4': 12, '3': 24, '2': 36, '1': 36, none: 36 },
      checklists: {},
      riskCategories: {},
    });
  });

  it('keep what the user set and fill the rest with the defaults', () => {
    expect(reviewCyclesSchema.parse({ tiers: { '5': 6 }, riskCategories: { sovereignty: 1 } })).toEqual({
      tiers: { '5': 6, '4': 12, '3': 24, '2': 36, '1': 36, none: 36 },
      checklists: {},
      riskCategories: { sovereignty: 1 },
    });
  });

  it.each([0, 121, 1.5, -3])('refuse a cycle of %s months with the cycle message', (months) => {
    const result = reviewCyclesSchema.safeParse({ tiers: { '3': months } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.cycleMonths');
  });

  it('refuse an override for something that is not a checklist id or a risk category', () => {
    expect(reviewCyclesSchema.safeParse({ checklists: { __proto__x: 12 } }).success).toBe(false);
    expect(reviewCyclesSchema.safeParse({ riskCategories: { weather: 12 } }).success).toBe(false);
  });
});

describe('assessmentCycle', () => {
  const cycles = reviewCyclesSchema.parse({ checklists: { [checklistId]: 6 } });

  it("uses the checklist's own cycle whatever the tier", () => {
    expect(assessmentCycle(cycles, checklistId, '1')).toEqual({ months: 6, basis: 'checklist' });
  });

  it("otherwise uses the subject's tier", () => {
    const other = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea501';
    expect(assessmentCycle(cycles, other, '5')).toEqual({ months: 12, basis: 'tier', tier: '5' });
    expect(assessmentCycle(cycles, other, '3')).toEqual({ months: 24, basis: 'tier', tier: '3' });
    expect(assessmentCycle(cycles, other, 'none')).toEqual({ months: 36, basis: 'tier', tier: 'none' });
  });
});

describe('nextAssessmentReview', () => {
  it.each([
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-12-15', 1, '2027-01-15'],
    // A leap day a year on has no 29 February: the month's last day.
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    // Month ends land on the shorter month's last day, leap or not.
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2026-01-31', 3, '2026-04-30'],
    ['2026-10-31', 24, '2028-10-31'],
  ])('schedules an approval on %s with a %i-month cycle for %s', (approvedOn, months, next) => {
    expect(nextAssessmentReview(approvedOn, { months })).toBe(next);
  });
});

describe('nextRiskReview', () => {
  const cycles = reviewCyclesSchema.parse({ riskCategories: { 'sanctions-export': 1, supply: 2 } });

  it('rolls a risk forward by 3 months when its category has no cycle', () => {
    expect(riskReviewCycle(cycles, 'security')).toEqual({ months: 3, basis: 'default' });
    expect(nextRiskReview('2026-05-14', cycles, 'security')).toBe('2026-08-14');
    expect(nextRiskReview('2026-11-30', cycles, 'security')).toBe('2027-02-28');
  });

  it("rolls it forward by its category's cycle otherwise", () => {
    expect(riskReviewCycle(cycles, 'sanctions-export')).toEqual({ months: 1, basis: 'category' });
    expect(nextRiskReview('2026-01-31', cycles, 'sanctions-export')).toBe('2026-02-28');
    expect(nextRiskReview('2027-12-31', cycles, 'supply')).toBe('2028-02-29');
  });
});
