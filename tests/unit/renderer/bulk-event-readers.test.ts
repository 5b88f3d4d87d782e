import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localToday, type AuditEvent, type AuditRecordChange, type DecisionInput } from '@shared/domain';
import type { WorkspaceRecords } from '@shared/workspace/workspace-data';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { startAssessment } from '@renderer/data/assessments';
import { approveAssessment, setConclusion, submitForReview } from '@renderer/data/assessment-workflow';
import { approveDecision, saveDecision, submitDecisionForReview } from '@renderer/data/decisions';
import { markRiskReviewed, readLastRiskReview } from '@renderer/data/risk-review';
import { saveRisk } from '@renderer/data/risks';
import { saveSettings } from '@renderer/data/settings';
import { readRecordAuthor } from '@renderer/data/sign-off';
import { toStoredEvents } from '@renderer/data/stored-audit-events';
import { saveVendor } from '@renderer/data/vendors';
import { mergeWorkspace } from '@renderer/data/workspace-merge';
import { seedRanSupply } from './ran-supply';
import { refusalOf } from './refusal-of';
import { clearRecords, storedRecords } from './stored-records';

const supplierRiskProfile = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';

/** The current user, as Settings name them: every change after this is theirs. */
const actAs = (userName: string) => saveSettings({ userName, organisationName: 'Atlantic Telecom' });

/** Moves the clock on by a minute, so each event is stamped after the one before. */
let minute = 0;
const tick = () => vi.setSystemTime(new Date(Date.UTC(2026, 0, 31, 9, ++minute)));

/** A colleague's workspace file holding these records. */
const fileOf = (records: WorkspaceRecords): WorkspaceFileContents => ({
  records,
  settings: {},
  evidenceFiles: new Map(),
  organisation: { name: 'Atlantic Telecom' },
  exportedAt: '2026-01-31T08:00:00.000Z',
  app: { name: 'Diligence Workbench', version: '0.1.0' },
  fileSha256: 'c'.repeat(64),
});

/** Every record and event of this workspace, as the workspace file lists them. */
const records = async () => (await storedRecords()) as unknown as WorkspaceRecords;

/**
 * This workspace as a colleague's file (without the events `leaveOut` keeps from it), then emptied: the
 * file is merged into a workspace that had none of it.
 */
const movedToFile = async (
  leaveOut: (event: AuditEvent) => boolean = () => false,
): Promise<WorkspaceFileContents> => {
  const theirs = await records();
  await clearRecords();
  return fileOf({ ...theirs, auditLog: theirs.auditLog.filter((event) => !leaveOut(event)) });
};

const merge = async (file: WorkspaceFileContents) => {
  const outcome = await mergeWorkspace(file, new Map(), { fileName: 'colleague.zip' });
  if (!outcome.ok) throw new Error('The merge was refused.');
};

/** The merge's own event: one, listing the records it wrote. */
const mergeEvents = async () =>
  (await workspace().auditLog.toArray()).filter((event) => event.action === 'merge');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  minute = 0;
  tick();
  await openWorkspace(new WorkbenchDatabase('bulk-readers', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

afterEach(() => {
  closeWorkspace();
  vi.useRealTimers();
});

describe('who created an assessment a merge took (four eyes)', () => {
  /** Started by Ines Moreau on a vendor, concluded and submitted by Paul Keller. */
  const inReviewByInes = async () => {
    await actAs('Ines Moreau');
    const vendorId = (await saveVendor({ name: 'Nordic Radio', hqCountry: 'SE' })).id;
    tick();
    const { id } = await startAssessment({
      checklistId: supplierRiskProfile,
      subject: { type: 'vendor', id: vendorId },
    });
    tick();
    await actAs('Paul Keller');
    await setConclusion(id, 'ok');
    await submitForReview(id, 'Paul Keller');
    return id;
  };

  it('is the colleague whose create event came with the file: they are refused, whoever merged it is not', async () => {
    const id = await inReviewByInes();
    const file = await movedToFile();
    await actAs('Ana Merger');
    tick();
    await merge(file);

    const [merged] = await mergeEvents();
    expect(merged?.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'assessments', recordId: id, action: 'create' }),
      ]),
    );
    expect(await readRecordAuthor(workspace(), 'assessments', id)).toBe('Ines Moreau');
    expect(await refusalOf(approveAssessment(id, 'Ines Moreau'))).toMatchObject({
      key: 'assessments.errors.approverIsAuthor',
    });
    expect(await approveAssessment(id, 'Ana Merger')).toMatchObject({
      status: 'approved',
      approvedBy: 'Ana Merger',
    });
  });

  it('is whoever merged it when the file’s trail does not say: their part of the merge is the create event', async () => {
    const id = await inReviewByInes();
    const file = await movedToFile((event) => event.table === 'assessments' && event.action === 'create');
    await actAs('Ana Merger');
    tick();
    await merge(file);

    expect(await readRecordAuthor(workspace(), 'assessments', id)).toBe('Ana Merger');
    expect(await refusalOf(approveAssessment(id, 'Ana Merger'))).toMatchObject({
      key: 'assessments.errors.approverIsAuthor',
      params: { name: 'Ana Merger' },
    });
    expect((await workspace().assessments.get(id))?.status).toBe('in-review');
  });
});

describe('who changed a decision a merge took last', () => {
  it('is whoever merged their changed version: the merge’s part is a content change', async () => {
    await actAs('Ines Moreau');
    const { otherVendorId, dependencyId } = await seedRanSupply();
    const second = '00000000-0000-4000-8000-000000000002';
    const options = [
      { id: '00000000-0000-4000-8000-000000000001', kind: 'renegotiate', title: 'Stay', targetClauses: [] },
      {
        id: second,
        kind: 'dual-source',
        title: 'Second source',
        moves: [{ dependencyId, toVendorId: otherVendorId, share: 40 }],
      },
    ] as DecisionInput['options'];
    const draft = await saveDecision({
      question: 'Do we add a second RAN source?',
      subject: { type: 'dependencies', dependencyIds: [dependencyId] },
      owner: 'CTO office',
      options,
      chosenOptionId: second,
      rationale: 'Halves it.',
    });
    await submitDecisionForReview(draft.id, 'Paul Keller');
    tick();
    // Their file holds a version saved later, with another rationale, and the events known here.
    const here = await records();
    const theirs = here.decisions.map((decision) => ({
      ...decision,
      rationale: 'Halves the exposure.',
      updatedAt: new Date().toISOString(),
    }));
    await actAs('Ana Merger');
    tick();
    await merge(fileOf({ ...here, decisions: theirs }));

    const [merged] = await mergeEvents();
    expect(merged?.records).toEqual([
      {
        table: 'decisions',
        recordId: draft.id,
        action: 'update',
        changes: { rationale: ['Halves it.', 'Halves the exposure.'] },
      },
    ]);
    expect(await refusalOf(approveDecision(draft.id, 'Ana Merger'))).toMatchObject({
      key: 'decisions.errors.approverIsEditor',
    });
    expect((await approveDecision(draft.id, 'Paul Keller')).approvedBy).toBe('Paul Keller');
  });
});

describe('the last review of a risk', () => {
  const riskReviewedByBen = async () => {
    await actAs('Ben Colleague');
    const { id } = await saveRisk({
      title: 'Remote access by the vendor',
      category: 'security',
      likelihood: 3,
      impact: 4,
      reviewDate: '2026-01-10',
    });
    tick();
    await markRiskReviewed(id);
    return id;
  };

  it('stays the colleague’s once a merge took the risk: the merge’s part records no review', async () => {
    const id = await riskReviewedByBen();
    const file = await movedToFile();
    await actAs('Ana Merger');
    tick();
    await merge(file);

    const [merged] = await mergeEvents();
    expect(merged?.records?.map(({ table, recordId }) => [table, recordId])).toEqual([['risks', id]]);
    expect(await readLastRiskReview(workspace(), id)).toEqual({ on: localToday(), by: 'Ben Colleague' });
  });

  it('is found in a bulk event’s part when that part is the latest review', async () => {
    const id = await riskReviewedByBen();
    tick();
    const part: AuditRecordChange = {
      table: 'risks',
      recordId: id,
      action: 'update',
      changes: { reviewDate: ['2026-04-30', '2026-07-31'], reviewedOn: [null, '2026-02-01'] },
    };
    await workspace().auditLog.bulkAdd(
      toStoredEvents([
        {
          id: crypto.randomUUID(),
          at: new Date().toISOString(),
          actor: 'Claire Dubois',
          table: 'settings',
          recordId: 'claire.zip',
          action: 'merge',
          records: [part],
        },
      ]),
    );
    expect(await readLastRiskReview(workspace(), id)).toEqual({ on: '2026-02-01', by: 'Claire Dubois' });
  });
});
