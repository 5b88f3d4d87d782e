import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { recordAnswers, startAssessment } from '@renderer/data/assessments';
import {
  approveAssessment,
  reopenAssessment,
  returnToDraft,
  setConclusion,
  submitForReview,
} from '@renderer/data/assessment-workflow';
import { attachEvidence, detachEvidence } from '@renderer/data/evidence';
import { raiseFinding } from '@renderer/data/findings';
import { saveSettings } from '@renderer/data/settings';
import { deleteVendor, saveVendor } from '@renderer/data/vendors';
import { maxEvidenceBytes, sha256Hex } from '@shared/domain';
import { memoryStorage } from './memory-storage';
import { refusalOf } from './refusal-of';

const supplierRiskProfile = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';
const licenceChecklist = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea505';
let vendorId: string;

const start = () =>
  startAssessment({ checklistId: supplierRiskProfile, subject: { type: 'vendor', id: vendorId } });

const eventsOf = (recordId: string, table = 'assessments') =>
  workspace().auditLog.where('[table+recordId]').equals([table, recordId]);

const errorKey = async (promise: Promise<unknown>) => (await refusalOf(promise)).key;

const approved = async () => {
  const { id } = await start();
  await recordAnswers(id, { 'srp-c1a': { value: 3 }, 'srp-c1b': { value: 'na' } });
  await setConclusion(id, 'warning');
  await submitForReview(id, 'Paul Reviewer');
  return approveAssessment(id, 'Claire Approver', { updateSovereignty: true });
};

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('assessment-commands', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  vendorId = (await saveVendor({ name: 'Core Systems', hqCountry: 'SE', sovereignty: { c1b: 2, c2: 1 } })).id;
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('startAssessment', () => {
  it('pins the checklist version and starts a draft, revision 1', async () => {
    const assessment = await start();
    expect(assessment).toMatchObject({
      checklistVersion: '2026.2',
      status: 'draft',
      revision: 1,
      answers: {},
    });
    expect(await eventsOf(assessment.id).count()).toBe(1);
  });

  it('refuses a checklist made for another kind of subject, or a subject that does not exist', async () => {
    expect(
      await errorKey(
        startAssessment({ checklistId: licenceChecklist, subject: { type: 'vendor', id: vendorId } }),
      ),
    ).toBe('assessments.errors.wrongSubjectType');
    expect(
      await errorKey(
        startAssessment({
          checklistId: supplierRiskProfile,
          subject: { type: 'vendor', id: crypto.randomUUID() },
        }),
      ),
    ).toBe('assessments.errors.subjectNotFound');
    expect(await workspace().assessments.count()).toBe(0);
  });
});

describe('recordAnswers', () => {
  it('stamps who answered and audits only the changed answers, by item', async () => {
    const { id } = await start();
    await recordAnswers(id, { 'srp-c1a': { value: 2, comment: 'State grants' } });
    await recordAnswers(id, { 'srp-c1a': { value: 2, comment: 'State grants' } });
    const stored = await workspace().assessments.get(id);
    expect(stored?.answers['srp-c1a']).toMatchObject({
      value: 2,
      comment: 'State grants',
      answeredBy: 'Ines Moreau',
    });
    const events = await eventsOf(id).toArray();
    expect(
      events.filter((event) => event.action === 'update').map((event) => Object.keys(event.changes ?? {})),
    ).toEqual([['answers.srp-c1a']]);
  });

  it('refuses a value that does not fit the item, or an unknown item, and writes nothing', async () => {
    const { id } = await start();
    expect(await errorKey(recordAnswers(id, { 'srp-c1a': { value: 'yes' }, 'srp-c1b': { value: 1 } }))).toBe(
      'assessments.errors.invalidAnswer',
    );
    expect(await errorKey(recordAnswers(id, { nope: { value: 'yes' } }))).toBe(
      'assessments.errors.unknownItem',
    );
    expect((await workspace().assessments.get(id))?.answers).toEqual({});
  });

  it('clears an answer when its text is emptied', async () => {
    const { id } = await start();
    await recordAnswers(id, { 'srp-c1a-state-links-declared': { value: 'no' } });
    await recordAnswers(id, { 'srp-c1a-state-links-declared': { value: '' } });
    expect(
      (await workspace().assessments.get(id))?.answers['srp-c1a-state-links-declared']?.value,
    ).toBeNull();
  });
});

describe('review and sign-off', () => {
  it('goes draft → in review → approved, needs a reviewer, an approver and a conclusion, then locks', async () => {
    const { id } = await start();
    expect(await errorKey(submitForReview(id, '  '))).toBe('assessments.errors.reviewerRequired');
    expect(await errorKey(approveAssessment(id, 'Claire'))).toBe('assessments.errors.wrongStatus');
    await submitForReview(id, 'Paul Reviewer');
    expect(await errorKey(approveAssessment(id, 'Claire'))).toBe('assessments.errors.conclusionRequired');
    await returnToDraft(id);
    await setConclusion(id, 'ok');
    await submitForReview(id, 'Paul Reviewer');
    const done = await approveAssessment(id, 'Claire Approver');
    expect(done).toMatchObject({
      status: 'approved',
      reviewer: 'Paul Reviewer',
      approvedBy: 'Claire Approver',
    });
    expect(await errorKey(recordAnswers(id, { 'srp-c1a': { value: 1 } }))).toBe('assessments.errors.locked');
    expect(await errorKey(setConclusion(id, 'blocker'))).toBe('assessments.errors.locked');
    const steps = (await eventsOf(id).toArray())
      .filter((event) => event.action === 'update')
      .map((event) => event.changes?.status?.[1]);
    // Every step is in the audit trail (events of the same millisecond have no order between them).
    expect(steps.filter(Boolean).sort()).toEqual(['approved', 'draft', 'in-review', 'in-review']);
  });

  it('copies the profile ratings to the vendor on approval when asked, with the vendor audited', async () => {
    await approved();
    const vendor = await workspace().vendors.get(vendorId);
    // c1a rated 3, c1b marked n.a. (cleared), the others untouched.
    expect(vendor?.sovereignty).toMatchObject({ c1a: 3, c1b: null, c2: 1 });
    const vendorEvents = await eventsOf(vendorId, 'vendors').toArray();
    expect(vendorEvents.map((event) => Object.keys(event.changes ?? {}))).toEqual([['sovereignty']]);
  });

  it('leaves the vendor alone when the approver declines the update', async () => {
    const { id } = await start();
    await recordAnswers(id, { 'srp-c1a': { value: 4 } });
    await setConclusion(id, 'blocker');
    await submitForReview(id, 'Paul');
    await approveAssessment(id, 'Claire', { updateSovereignty: false });
    expect((await workspace().vendors.get(vendorId))?.sovereignty.c1a).toBeNull();
  });

  it('reopens an approved assessment as revision 2 that keeps the approved one, once', async () => {
    const first = await approved();
    const second = await reopenAssessment(first.id);
    expect(second).toMatchObject({
      status: 'draft',
      revision: 2,
      previousId: first.id,
      conclusion: 'warning',
    });
    expect(second.answers).toEqual(first.answers);
    expect(second.approvedBy).toBeUndefined();
    expect((await workspace().assessments.get(first.id))?.status).toBe('approved');
    expect(await errorKey(reopenAssessment(first.id))).toBe('assessments.errors.notLatestRevision');
  });
});

describe('evidence', () => {
  const file = (text: string, name = 'ownership.pdf') => new File([text], name, { type: 'application/pdf' });

  it('stores the file with its SHA-256 and size, linked to the answer, and audits both', async () => {
    const { id } = await start();
    const evidence = await attachEvidence(id, 'srp-c1c', file('registry extract'), '2027-03-31');
    expect(evidence).toMatchObject({
      fileName: 'ownership.pdf',
      size: 16,
      sha256: await sha256Hex(new TextEncoder().encode('registry extract')),
      validUntil: '2027-03-31',
      addedBy: 'Ines Moreau',
    });
    expect((await workspace().assessments.get(id))?.answers['srp-c1c']?.evidenceIds).toEqual([evidence.id]);
    expect(await (await workspace().evidence.get(evidence.id))?.blob.text()).toBe('registry extract');
    expect((await workspace().auditLog.toArray()).map((event) => event.table).sort()).toEqual([
      'assessments',
      'assessments',
      'evidence',
    ]);
  });

  it('refuses a file over 25 MB before reading it, and writes nothing', async () => {
    const { id } = await start();
    const big = { name: 'dump.bin', size: maxEvidenceBytes + 1, type: '' } as File;
    expect(await errorKey(attachEvidence(id, 'srp-c1c', big))).toBe('assessments.errors.evidenceTooLarge');
    expect(await workspace().evidence.count()).toBe(0);
  });

  it('keeps the file an approved revision cites when the next revision detaches it', async () => {
    const { id } = await start();
    const evidence = await attachEvidence(id, 'srp-c1c', file('v1'));
    await setConclusion(id, 'ok');
    await submitForReview(id, 'Paul');
    await approveAssessment(id, 'Claire');
    const next = await reopenAssessment(id);
    await detachEvidence(next.id, 'srp-c1c', evidence.id);
    expect((await workspace().assessments.get(next.id))?.answers['srp-c1c']?.evidenceIds).toEqual([]);
    expect(await workspace().evidence.get(evidence.id)).toBeDefined();
  });

  it('deletes a detached file of the same revision', async () => {
    const { id } = await start();
    const evidence = await attachEvidence(id, 'srp-c1c', file('draft'));
    await detachEvidence(id, 'srp-c1c', evidence.id);
    expect(await workspace().evidence.count()).toBe(0);
  });
});

describe('raiseFinding', () => {
  it('creates one risk linked to the subject with the item’s category and its source', async () => {
    const assessment = await start();
    await recordAnswers(assessment.id, { 'srp-c1c-ownership-traced': { value: 'no' } });
    const text = { title: 'Ownership not traced', description: 'EU-5G-CRA-C1c' };
    const risk = await raiseFinding(assessment, 'srp-c1c-ownership-traced', text);
    expect(risk).toMatchObject({
      title: 'Ownership not traced',
      category: 'sovereignty',
      vendorIds: [vendorId],
      likelihood: 3,
      impact: 3,
      source: { assessmentId: assessment.id, itemId: 'srp-c1c-ownership-traced' },
    });
    expect((await raiseFinding(assessment, 'srp-c1c-ownership-traced', text)).id).toBe(risk.id);
    expect(await workspace().risks.count()).toBe(1);
  });

  it('shortens a title past the 200-character limit rather than refusing the risk', async () => {
    const assessment = await start();
    const risk = await raiseFinding(assessment, 'srp-c2', { title: 'x'.repeat(250), description: '' });
    expect(risk.title).toHaveLength(200);
    expect(risk.title.endsWith('…')).toBe(true);
  });
});

describe('deleting the record assessed', () => {
  it('deletes its assessments, every revision, with their evidence, and unlinks the risks raised from them', async () => {
    const first = await start();
    await attachEvidence(first.id, 'srp-c1c', new File(['extract'], 'extract.pdf'));
    const risk = await raiseFinding(first, 'srp-c2', { title: 'Supply concern', description: '' });
    await setConclusion(first.id, 'ok');
    await submitForReview(first.id, 'Paul');
    await approveAssessment(first.id, 'Claire');
    await reopenAssessment(first.id);
    await workspace().auditLog.clear();

    await deleteVendor(vendorId);

    expect(await workspace().assessments.count()).toBe(0);
    expect(await workspace().evidence.count()).toBe(0);
    const kept = await workspace().risks.get(risk.id);
    expect(kept?.source).toBeUndefined();
    expect(kept?.vendorIds).toEqual([]);
    const removed = (await workspace().auditLog.toArray())
      .filter((event) => event.action === 'delete')
      .map((event) => event.table)
      .sort();
    expect(removed).toEqual(['assessments', 'assessments', 'evidence', 'vendors']);
  });

  it('discards the answer drafts kept on this machine for its assessments, and no other', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const mine = await start();
    const otherVendor = (await saveVendor({ name: 'Other Systems', hqCountry: 'FI' })).id;
    const other = await startAssessment({
      checklistId: supplierRiskProfile,
      subject: { type: 'vendor', id: otherVendor },
    });
    storage.setItem(`diligence-workbench.draft.${mine.id}.srp-c1a.comment`, 'typed, not yet saved');
    storage.setItem(`diligence-workbench.draft.${other.id}.srp-c1a.comment`, 'still to be saved');

    try {
      await deleteVendor(vendorId);

      expect(storage.getItem(`diligence-workbench.draft.${mine.id}.srp-c1a.comment`)).toBeNull();
      expect(storage.getItem(`diligence-workbench.draft.${other.id}.srp-c1a.comment`)).toBe(
        'still to be saved',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
