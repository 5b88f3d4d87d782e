import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { startAssessment } from '@renderer/data/assessments';
import {
  approveAssessment,
  reopenAssessment,
  setConclusion,
  submitForReview,
} from '@renderer/data/assessment-workflow';
import { saveDependency } from '@renderer/data/dependencies';
import { saveLicence } from '@renderer/data/licences';
import { readReviewCycles, saveReviewCycles } from '@renderer/data/review-cycles';
import { markRiskReviewed } from '@renderer/data/risk-review';
import { saveRisk } from '@renderer/data/risks';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { defaultReviewCycles, type AssessmentSubject } from '@shared/domain';
import { refusalOf } from './refusal-of';

const supplierRiskProfile = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';
const licenceChecklist = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea505';
let vendorId: string;

const errorKey = async (promise: Promise<unknown>) => (await refusalOf(promise)).key;

const eventsOf = (table: string, recordId: string) =>
  workspace().auditLog.where('[table+recordId]').equals([table, recordId]).sortBy('at');

/**
 * Only Date is faked (IndexedDB needs real timers), at local noon so no time zone shifts the day. The clock
 * stands still, so events are found by what they changed rather than by their time.
 */
const setToday = (date: string) => vi.setSystemTime(new Date(`${date}T12:00:00`));

const dependency = (name: string, criticality: number, owner = vendorId) =>
  saveDependency({
    name,
    vendorId: owner,
    kind: 'hardware',
    domain: 'ran',
    criticality,
    substitutability: 'hard',
  });

/** A vendor assessment in review, with a conclusion, ready to approve. */
const inReview = async (
  checklistId = supplierRiskProfile,
  subject: AssessmentSubject = { type: 'vendor', id: vendorId },
) => {
  const { id } = await startAssessment({ checklistId, subject });
  await setConclusion(id, 'ok');
  await submitForReview(id, 'Paul Reviewer');
  return id;
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setToday('2026-01-31');
  await openWorkspace(new WorkbenchDatabase('review-commands', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  vendorId = (await saveVendor({ name: 'Dragon Networks', hqCountry: 'CN' })).id;
});

afterEach(() => {
  closeWorkspace();
  vi.useRealTimers();
});

describe('approving an assessment schedules its next review', () => {
  it("uses the cycle of the vendor's tier: its most critical dependency, vital (5) → 12 months", async () => {
    await dependency('Radio units', 5);
    await dependency('Spare parts', 2);
    const id = await inReview();
    const approved = await approveAssessment(id, 'Claire Approver');
    // 31 January 2026 + 12 months.
    expect(approved.nextReviewDate).toBe('2027-01-31');
    expect(await workspace().assessments.get(id)).toMatchObject({
      status: 'approved',
      nextReviewDate: '2027-01-31',
    });
    const approval = (await eventsOf('assessments', id)).find((event) => event.changes?.approvedBy);
    expect(approval?.changes?.nextReviewDate).toEqual([null, '2027-01-31']);
  });

  it('uses 24 months for a significant (3) supplier, 36 for one that supplies nothing yet', async () => {
    const none = await inReview();
    expect((await approveAssessment(none, 'Claire')).nextReviewDate).toBe('2029-01-31');
    const other = (await saveVendor({ name: 'Fibre Co', hqCountry: 'FR' })).id;
    await dependency('Ducts', 3, other);
    const significant = await inReview(supplierRiskProfile, { type: 'vendor', id: other });
    // 31 January + 24 months; a month end stays a month end.
    expect((await approveAssessment(significant, 'Claire')).nextReviewDate).toBe('2028-01-31');
  });

  it("uses the checklist's own cycle over the tier, and the cycles saved in Settings", async () => {
    await dependency('Radio units', 5);
    await saveReviewCycles({ checklists: { [supplierRiskProfile]: 1 }, tiers: { '5': 6 } });
    const id = await inReview();
    // 31 January + 1 month: February has no 31st, so its last day.
    expect((await approveAssessment(id, 'Claire')).nextReviewDate).toBe('2026-02-28');
  });

  it('gives a licence the tier of the dependencies it covers', async () => {
    const core = (await dependency('Packet core', 4)).id;
    const licence = await saveLicence({
      title: 'Core support',
      type: 'commercial',
      dependencyIds: [core],
      autoRenew: false,
    });
    setToday('2024-02-29');
    const id = await inReview(licenceChecklist, { type: 'licence', id: licence.id });
    // Major (4) → 12 months; a leap day a year on is 28 February.
    expect((await approveAssessment(id, 'Claire')).nextReviewDate).toBe('2025-02-28');
  });

  it("keeps the approver's own date, and refuses one that is not after today, writing nothing", async () => {
    const id = await inReview();
    expect(await errorKey(approveAssessment(id, 'Claire', { nextReviewDate: '2026-01-31' }))).toBe(
      'assessments.errors.nextReviewDate',
    );
    expect(await errorKey(approveAssessment(id, 'Claire', { nextReviewDate: '2026-02-30' }))).toBe(
      'assessments.errors.nextReviewDate',
    );
    expect((await workspace().assessments.get(id))?.status).toBe('in-review');
    const approved = await approveAssessment(id, 'Claire', { nextReviewDate: '2026-09-15' });
    expect(approved.nextReviewDate).toBe('2026-09-15');
  });

  it("makes the next review the reopened revision's due date, and leaves the approved one as it was", async () => {
    const id = await inReview();
    await approveAssessment(id, 'Claire', { nextReviewDate: '2026-12-01' });
    const next = await reopenAssessment(id);
    expect(next).toMatchObject({ status: 'draft', dueDate: '2026-12-01', previousId: id });
    expect(next.nextReviewDate).toBeUndefined();
    expect(await workspace().assessments.get(id)).toMatchObject({
      status: 'approved',
      nextReviewDate: '2026-12-01',
    });
  });
});

describe('marking a risk reviewed', () => {
  const risk = (category: 'security' | 'sanctions-export', status: 'open' | 'closed' = 'open') =>
    saveRisk({
      title: 'Remote access by the vendor',
      category,
      likelihood: 3,
      impact: 4,
      status,
      reviewDate: '2026-01-10',
    });

  it('rolls the review date 3 months forward and records the review in the audit trail', async () => {
    const { id } = await risk('security');
    setToday('2026-11-30');
    const reviewed = await markRiskReviewed(id);
    // 30 November + 3 months: February's last day.
    expect(reviewed.reviewDate).toBe('2027-02-28');
    expect((await workspace().risks.get(id))?.reviewDate).toBe('2027-02-28');
    const event = (await eventsOf('risks', id)).find((change) => change.changes?.reviewedOn);
    expect(event).toMatchObject({ action: 'update', actor: 'Ines Moreau' });
    expect(event?.changes).toEqual({
      reviewDate: ['2026-01-10', '2027-02-28'],
      reviewedOn: [null, '2026-11-30'],
    });
  });

  it("uses its category's cycle when Settings gives one, or the reviewer's own date", async () => {
    await saveReviewCycles({ riskCategories: { 'sanctions-export': 1 } });
    const { id } = await risk('sanctions-export');
    expect((await markRiskReviewed(id)).reviewDate).toBe('2026-02-28');
    expect((await markRiskReviewed(id, '2026-06-30')).reviewDate).toBe('2026-06-30');
    const reviews = (await eventsOf('risks', id)).filter((event) => event.changes?.reviewedOn);
    expect(reviews).toHaveLength(2);
  });

  it('refuses a closed risk, or a date that is not after today, and writes nothing', async () => {
    const closed = await risk('security', 'closed');
    expect(await errorKey(markRiskReviewed(closed.id))).toBe('reviews.errors.closed');
    const open = await risk('security');
    expect(await errorKey(markRiskReviewed(open.id, '2026-01-30'))).toBe('reviews.errors.nextReviewDate');
    expect((await workspace().risks.get(open.id))?.reviewDate).toBe('2026-01-10');
    expect((await eventsOf('risks', open.id)).filter((event) => event.changes?.reviewedOn)).toEqual([]);
  });
});

describe('review cycles settings', () => {
  it('start as the defaults and are saved with an audit event', async () => {
    expect(await readReviewCycles(workspace())).toEqual(defaultReviewCycles);
    await saveReviewCycles({ tiers: { '3': 18 } });
    expect((await readReviewCycles(workspace())).tiers['3']).toBe(18);
    const events = await eventsOf('settings', 'review-cycles');
    expect(events.map((event) => [event.action, event.changes?.tiers?.[1]])).toEqual([
      ['create', { ...defaultReviewCycles.tiers, '3': 18 }],
    ]);
  });

  it('refuse a cycle out of range and keep the saved ones', async () => {
    await saveReviewCycles({ tiers: { '3': 18 } });
    await expect(saveReviewCycles({ tiers: { '3': 0 } })).rejects.toThrow();
    expect((await readReviewCycles(workspace())).tiers['3']).toBe(18);
  });
});
