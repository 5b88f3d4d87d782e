import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveSettings } from '@renderer/data/settings';
import { mergeWorkspace, previewMerge } from '@renderer/data/workspace-merge';
import { sha256Hex } from '@shared/domain';
import { workspaceTables, type WorkspaceRecords } from '@shared/workspace/workspace-data';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import { storedDependency, storedVendor } from '../fixtures/records';
import { evidenceFilesOf, sampleWorkspace } from '../shared/workspace-fixture';
import { memoryStorage } from './memory-storage';

const exportedAt = '2025-07-01T09:00:00.000Z';
const fileSha256 = 'e'.repeat(64);
const fileName = 'colleague.zip';

const fileFrom = (
  records: WorkspaceRecords,
  evidenceBytes: Map<string, Uint8Array<ArrayBuffer>>,
): WorkspaceFileContents => ({
  records,
  evidenceFiles: evidenceFilesOf(evidenceBytes),
  organisation: { name: 'Colleague Telecom' },
  exportedAt,
  app: { name: 'Diligence Workbench', version: '0.1.0' },
  fileSha256,
});

const fill = async (records: WorkspaceRecords, evidenceBytes: Map<string, Uint8Array<ArrayBuffer>>) => {
  for (const table of workspaceTables) {
    const rows =
      table === 'evidence'
        ? records.evidence.map((record) => ({ ...record, blob: new Blob([evidenceBytes.get(record.id)!]) }))
        : records[table];
    await workspace().table(table).bulkAdd(rows);
  }
};

const allRows = async () =>
  Object.fromEntries(
    await Promise.all(
      workspaceTables.map(async (table) => [
        table,
        await workspace().table(table).toCollection().sortBy('id'),
      ]),
    ),
  ) as Record<string, unknown[]>;

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('merge-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ana', organisationName: 'Example Telecom' });
});
afterEach(() => {
  closeWorkspace();
  vi.unstubAllGlobals();
});

describe('mergeWorkspace', () => {
  it('writes the added and chosen records with their evidence, appends and records audit events, and sums up', async () => {
    const { records, evidenceBytes } = await sampleWorkspace();
    await fill(records, evidenceBytes);
    const [parent, vendor] = records.vendors as [
      WorkspaceRecords['vendors'][0],
      WorkspaceRecords['vendors'][0],
    ];
    const newcomer = storedVendor('Baltic Fibre');
    const bytes = new TextEncoder().encode('Penetration test summary');
    const newEvidence = {
      ...records.evidence[0]!,
      id: crypto.randomUUID(),
      fileName: 'pentest.txt',
      size: bytes.byteLength,
      sha256: await sha256Hex(bytes),
    };
    const colleagueEvent = { ...records.auditLog[0]!, id: crypto.randomUUID(), actor: 'Ben' };
    const incoming: WorkspaceRecords = {
      ...structuredClone(records),
      vendors: [
        { ...parent, notes: 'Older note', updatedAt: '2020-01-01T00:00:00.000Z' },
        { ...vendor, name: 'Nordic Radio Oy', updatedAt: '2025-06-01T00:00:00.000Z' },
        newcomer,
      ],
      evidence: [...records.evidence, newEvidence],
      auditLog: [...records.auditLog, colleagueEvent],
    };
    const file = fileFrom(incoming, new Map([...evidenceBytes, [newEvidence.id, bytes]]));
    const plan = await previewMerge(file);
    expect(plan.tables.vendors.conflicts.map((conflict) => [conflict.id, conflict.newer])).toEqual([
      [parent.id, 'current'],
      [vendor.id, 'incoming'],
    ]);

    const eventsBefore = await workspace().auditLog.count();

    const outcome = await mergeWorkspace(file, new Map([[parent.id, 'incoming']]), { fileName });

    expect(outcome.ok && outcome.summary).toMatchObject({
      vendors: { added: 1, updated: 2, skipped: 0 },
      evidence: { added: 1, updated: 0, skipped: 1 },
      risks: { added: 0, updated: 0, skipped: 1 },
      auditLog: { added: 1, updated: 0, skipped: 1 },
    });
    const vendors = await workspace().vendors.orderBy('name').toArray();
    expect(vendors.map((row) => [row.name, row.notes])).toEqual([
      ['Baltic Fibre', ''],
      ['Nordic Radio Oy', ''],
      ['Parent Group', 'Older note'],
    ]);
    const stored = await workspace().evidence.get(newEvidence.id);
    expect(new TextDecoder().decode(await stored!.blob.arrayBuffer())).toBe('Penetration test summary');

    const events = await workspace().auditLog.toArray();
    // Their event keeps its actor and time, marked with where it came from, who merged it and when.
    expect(events.filter((event) => event.id === colleagueEvent.id)).toEqual([
      {
        ...colleagueEvent,
        imported: {
          fileName,
          sha256: fileSha256,
          by: 'Ana',
          at: expect.stringMatching(/^\d{4}-/) as unknown,
        },
      },
    ]);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'Ana', table: 'vendors', recordId: newcomer.id, action: 'create' }),
        expect.objectContaining({
          actor: 'Ana',
          table: 'vendors',
          recordId: vendor.id,
          action: 'update',
          changes: { name: ['Nordic Radio', 'Nordic Radio Oy'] },
        }),
        expect.objectContaining({ table: 'evidence', recordId: newEvidence.id, action: 'create' }),
        expect.objectContaining({
          table: 'settings',
          recordId: 'workspace',
          action: 'update',
          changes: {
            mergedFrom: [null, exportedAt],
            fileName: [null, fileName],
            sha256: [null, fileSha256],
            added: [null, 3],
            updated: [null, 2],
            skipped: [null, 14],
          },
        }),
      ]),
    );
    // The colleague's event, one per record written (3 vendors and 1 evidence file) and the merge's own.
    expect(events).toHaveLength(eventsBefore + 1 + 4 + 1);
  });

  it('writes nothing when the choices would leave a link to a missing record', async () => {
    const vendor = storedVendor('Kept Vendor');
    const broken = storedDependency('Router', crypto.randomUUID());
    await workspace().dependencies.add(broken);
    const before = await allRows();
    const file = fileFrom(
      {
        ...(Object.fromEntries(workspaceTables.map((table) => [table, []])) as unknown as WorkspaceRecords),
        vendors: [vendor],
        dependencies: [{ ...broken, vendorId: vendor.id, updatedAt: '2025-06-01T00:00:00.000Z' }],
      },
      new Map(),
    );

    const outcome = await mergeWorkspace(file, new Map([[broken.id, 'current']]), { fileName });

    expect(outcome).toMatchObject({
      ok: false,
      problems: [{ table: 'dependencies', id: broken.id, field: 'vendorId' }],
    });
    expect(await allRows()).toEqual(before);
  });

  it('keeps an assessment approved here when their newer file changes it, unless chosen', async () => {
    const { records, evidenceBytes } = await sampleWorkspace();
    const approved = {
      ...records.assessments[0]!,
      status: 'approved' as const,
      approvedBy: 'Ana',
      approvedAt: '2025-03-02T10:00:00.000Z',
      conclusion: 'ok' as const,
    };
    const mine = { ...records, assessments: [approved, records.assessments[1]!] };
    await fill(mine, evidenceBytes);
    // Their copy reopened the approved revision in place and moved its date to win every conflict.
    const reopened = {
      ...approved,
      status: 'draft' as const,
      answers: { q1: { value: 'no', evidenceIds: approved.answers.q1!.evidenceIds } },
      updatedAt: '2025-06-30T00:00:00.000Z',
    };
    const file = fileFrom(
      { ...structuredClone(mine), assessments: [reopened, records.assessments[1]!] },
      evidenceBytes,
    );

    const outcome = await mergeWorkspace(file, new Map(), { fileName });

    expect(outcome.ok && outcome.summary.assessments).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await workspace().assessments.get(approved.id)).toEqual(approved);
  });

  it('discards the answer drafts of the assessments it writes, and only those', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const { records, evidenceBytes } = await sampleWorkspace();
    await fill(records, evidenceBytes);
    const [taken, untouched] = records.assessments as [
      WorkspaceRecords['assessments'][0],
      WorkspaceRecords['assessments'][0],
    ];
    storage.setItem(`diligence-workbench.draft.${taken.id}.q1.comment`, 'typed before the merge');
    storage.setItem(`diligence-workbench.draft.${untouched.id}.q1.comment`, 'still to be saved');
    const file = fileFrom(
      {
        ...structuredClone(records),
        assessments: [
          {
            ...taken,
            answers: { q1: { value: 'partial', evidenceIds: taken.answers.q1!.evidenceIds } },
            updatedAt: '2025-06-30T00:00:00.000Z',
          },
          untouched,
        ],
      },
      evidenceBytes,
    );

    const outcome = await mergeWorkspace(file, new Map(), { fileName });

    expect(outcome.ok && outcome.summary.assessments.updated).toBe(1);
    expect(storage.getItem(`diligence-workbench.draft.${taken.id}.q1.comment`)).toBeNull();
    expect(storage.getItem(`diligence-workbench.draft.${untouched.id}.q1.comment`)).toBe('still to be saved');
  });
});
