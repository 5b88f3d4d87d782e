import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { recordAnswers, startAssessment } from '@renderer/data/assessments';
import {
  approveAssessment,
  reopenAssessment,
  setConclusion,
  submitForReview,
} from '@renderer/data/assessment-workflow';
import { readSignOffPolicy, saveSignOffPolicy } from '@renderer/data/sign-off';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

const supplierRiskProfile = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';

const errorOf = async (promise: Promise<unknown>) => {
  const { key, params } = await refusalOf(promise);
  return { key, params };
};

/** The current user, as Settings name them: every change after this is theirs. */
const actAs = (userName: string) => saveSettings({ userName, organisationName: 'Atlantic Telecom' });

/** Moves the clock on by a minute, so each answer is stamped after the one before. */
let minute = 0;
const tick = () => vi.setSystemTime(new Date(Date.UTC(2026, 0, 31, 9, ++minute)));

/** Started by `author`, answered by `editors` in turn, then concluded and submitted by Paul. */
const inReview = async (author: string, editors: string[] = []) => {
  await actAs(author);
  const vendorId = (await saveVendor({ name: `Vendor ${minute}`, hqCountry: 'SE' })).id;
  tick();
  const { id } = await startAssessment({
    checklistId: supplierRiskProfile,
    subject: { type: 'vendor', id: vendorId },
  });
  const items = ['srp-c1a', 'srp-c1b', 'srp-c2'];
  for (const [index, editor] of editors.entries()) {
    await actAs(editor);
    tick();
    await recordAnswers(id, { [items[index] ?? 'srp-c3']: { value: 2 } });
  }
  await actAs('Paul Keller');
  await setConclusion(id, 'ok');
  await submitForReview(id, 'Paul Keller');
  return id;
};

const stored = async (id: string) => workspace().assessments.get(id);
const approvalEvents = async (id: string) =>
  (await workspace().auditLog.where('[table+recordId]').equals(['assessments', id]).toArray()).filter(
    (event) => event.changes?.status?.[1] === 'approved',
  );

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  minute = 0;
  tick();
  await openWorkspace(new WorkbenchDatabase('sign-off', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

afterEach(() => {
  closeWorkspace();
  vi.useRealTimers();
});

describe('approving one’s own assessment (four eyes)', () => {
  it('refuses the person who created it, however they write their name, and writes nothing', async () => {
    const id = await inReview('Inès Moreau', ['Paul Keller']);
    for (const name of ['Inès Moreau', '  ines   MOREAU ', 'Ines Moreau']) {
      expect(await errorOf(approveAssessment(id, name))).toEqual({
        key: 'assessments.errors.approverIsAuthor',
        params: { name: name.trim() },
      });
    }
    expect(await stored(id)).toMatchObject({ status: 'in-review' });
    expect((await stored(id))?.approvedBy).toBeUndefined();
    expect(await approvalEvents(id)).toEqual([]);
  });

  it('refuses whoever changed its answers last, but not an earlier editor', async () => {
    const id = await inReview('Ines Moreau', ['Claire Dubois', 'Marc Petit']);
    expect((await errorOf(approveAssessment(id, 'Marc Petit'))).key).toBe(
      'assessments.errors.approverIsEditor',
    );
    expect((await stored(id))?.status).toBe('in-review');
    const approved = await approveAssessment(id, 'Claire Dubois');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Claire Dubois' });
    expect(approved.selfApproval).toBeUndefined();
  });

  it('takes the author from the audit trail: the current user typing someone else’s name approves', async () => {
    const id = await inReview('Ines Moreau');
    await actAs('Ines Moreau');
    const approved = await approveAssessment(id, 'Sophie Laurent');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Sophie Laurent' });
    expect(approved.selfApproval).toBeUndefined();
  });

  it('is off by default', async () => {
    expect(await readSignOffPolicy(workspace())).toEqual({ singlePersonSignOff: false });
  });
});

describe('single-person sign-off, when Settings allow it', () => {
  it('approves the author’s own assessment and records that it was signed off alone', async () => {
    await actAs('Ines Moreau');
    await saveSignOffPolicy({ singlePersonSignOff: true });
    const id = await inReview('Ines Moreau', ['Ines Moreau']);
    const approved = await approveAssessment(id, 'Ines Moreau');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Ines Moreau', selfApproval: 'author' });
    const [event] = await approvalEvents(id);
    expect(event?.changes?.selfApproval).toEqual([null, 'author']);
  });

  it('records an editor’s approval as such', async () => {
    await saveSignOffPolicy({ singlePersonSignOff: true });
    const id = await inReview('Ines Moreau', ['Marc Petit']);
    expect((await approveAssessment(id, 'Marc Petit')).selfApproval).toBe('editor');
  });

  it('records who changed the rule, and a reopened revision does not inherit the mark', async () => {
    await actAs('Ines Moreau');
    await saveSignOffPolicy({ singlePersonSignOff: true });
    const [rule] = await workspace()
      .auditLog.where('[table+recordId]')
      .equals(['settings', 'sign-off'])
      .toArray();
    expect(rule).toMatchObject({ actor: 'Ines Moreau', changes: { singlePersonSignOff: [false, true] } });
    const id = await inReview('Ines Moreau');
    await approveAssessment(id, 'Ines Moreau');
    const next = await reopenAssessment(id);
    expect(next.selfApproval).toBeUndefined();
    expect((await stored(id))?.selfApproval).toBe('author');
  });

  it('is refused again once the rule is turned back off', async () => {
    await saveSignOffPolicy({ singlePersonSignOff: true });
    await saveSignOffPolicy({ singlePersonSignOff: false });
    const id = await inReview('Ines Moreau');
    expect((await errorOf(approveAssessment(id, 'Ines Moreau'))).key).toBe(
      'assessments.errors.approverIsAuthor',
    );
  });
});
