import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveReviewCycles } from '@renderer/data/review-cycles';
import { saveSettings } from '@renderer/data/settings';
import { saveSignOffPolicy } from '@renderer/data/sign-off';
import { readRecordEvents } from '@renderer/data/audit-trail';
import { mergeWorkspace, previewMerge } from '@renderer/data/workspace-merge';
import { sha256Hex, type SbomComponent } from '@shared/domain';
import { workspaceTables, type WorkspaceRecords } from '@shared/workspace/workspace-data';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import type { WorkspaceSettings } from '@shared/workspace/workspace-settings';
import { storedDependency, storedVendor } from '../fixtures/records';
import { sampleSettings } from '../fixtures/workspace-settings';
import { evidenceFilesOf, sampleWorkspace } from '../shared/workspace-fixture';
import { memoryStorage } from './memory-storage';
import { storedRecords, storeRecords } from './stored-records';

const exportedAt = '2025-07-01T09:00:00.000Z';
const fileSha256 = 'e'.repeat(64);
const fileName = 'colleague.zip';

const fileFrom = (
  records: WorkspaceRecords,
  evidenceBytes: Map<string, Uint8Array<ArrayBuffer>>,
  settings: WorkspaceSettings = {},
): WorkspaceFileContents => ({
  records,
  settings,
  evidenceFiles: evidenceFilesOf(evidenceBytes),
  organisation: { name: 'Colleague Telecom' },
  exportedAt,
  app: { name: 'Diligence Workbench', version: '0.1.0' },
  fileSha256,
});

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
    await storeRecords(records, evidenceBytes);
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
    const { plan } = await previewMerge(file);
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
    const vendors = await workspace().vendors.toCollection().sortBy('name');
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
    // The merge's own record of what it wrote: one event, listing each record with what it did to it.
    const merges = events.filter((event) => event.action === 'merge');
    expect(merges).toEqual([
      expect.objectContaining({ actor: 'Ana', table: 'settings', recordId: fileName }),
    ]);
    const [merge] = merges;
    const newcomerPart = merge?.records?.find((record) => record.recordId === newcomer.id);
    expect(newcomerPart).toMatchObject({ table: 'vendors', action: 'create' });
    expect(newcomerPart?.changes?.name).toEqual([null, 'Baltic Fibre']);
    expect(merge?.records).toEqual(
      expect.arrayContaining([
        {
          table: 'vendors',
          recordId: vendor.id,
          action: 'update',
          changes: { name: ['Nordic Radio', 'Nordic Radio Oy'] },
        },
        {
          table: 'vendors',
          recordId: parent.id,
          action: 'update',
          changes: { notes: ['', 'Older note'] },
        },
        expect.objectContaining({ table: 'evidence', recordId: newEvidence.id, action: 'create' }),
      ]),
    );
    expect(merge?.records).toHaveLength(4);
    // Its summary, an event of its own.
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'Ana',
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
    // The colleague's event, the merge's event listing the 4 records it wrote, and its summary.
    expect(events).toHaveLength(eventsBefore + 1 + 1 + 1);

    // Each record's history finds its part of the merge, as its own event would have said it.
    const [vendorTrail] = await readRecordEvents(workspace(), [{ table: 'vendors', id: vendor.id }]).then(
      (trail) => trail.filter((event) => event.partOf),
    );
    expect(vendorTrail).toEqual({
      id: merge?.id,
      at: merge?.at,
      actor: 'Ana',
      table: 'vendors',
      recordId: vendor.id,
      action: 'update',
      changes: { name: ['Nordic Radio', 'Nordic Radio Oy'] },
      partOf: { action: 'merge', table: 'settings', source: fileName, count: 4 },
    });
  });

  it('writes the SBOM components it takes into their dependency’s document, one part of the merge’s event per SBOM', async () => {
    const { records, evidenceBytes } = await sampleWorkspace();
    await storeRecords(records, evidenceBytes);
    const [mine] = records.sbomComponents as [SbomComponent];
    const [core] = records.dependencies as [WorkspaceRecords['dependencies'][0]];
    const later = '2025-06-01T00:00:00.000Z';
    const component = (dependencyId: string, name: string): SbomComponent => ({
      id: crypto.randomUUID(),
      dependencyId,
      name,
      licences: ['MIT'],
      createdAt: later,
      updatedAt: later,
    });
    const added = component(mine.dependencyId, 'zlib');
    const elsewhere = component(core.id, 'musl');
    const changed = { ...mine, version: '3.0.14', updatedAt: later };
    const file = fileFrom(
      { ...structuredClone(records), sbomComponents: [changed, added, elsewhere] },
      evidenceBytes,
    );
    const eventsBefore = await workspace().auditLog.count();

    const outcome = await mergeWorkspace(file, new Map(), { fileName });

    expect(outcome.ok && outcome.summary.sbomComponents).toEqual({ added: 2, updated: 1, skipped: 0 });
    const sboms = await workspace().sboms.toArray();
    const flat = sboms.flatMap((sbom) =>
      sbom.components.map((stored) => ({ ...stored, dependencyId: sbom.dependencyId })),
    );
    expect(flat).toHaveLength(3);
    expect(flat).toEqual(expect.arrayContaining([changed, added, elsewhere]));
    expect((await workspace().sboms.get(mine.dependencyId))?.updatedAt).toBe(later);
    const sbomEvents = (await workspace().auditLog.toArray())
      .flatMap((event) => event.records ?? [])
      .filter((record) => record.table === 'sbomComponents');
    expect(sbomEvents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordId: mine.dependencyId,
          action: 'update',
          changes: { components: [1, 2], componentsAdded: [null, 2], componentsRemoved: [null, 1] },
        }),
        expect.objectContaining({ recordId: core.id, action: 'create', changes: { components: [0, 1] } }),
      ]),
    );
    expect(sbomEvents).toHaveLength(2);
    // The merge's event, listing the two SBOMs (no part per component), and its summary.
    expect(await workspace().auditLog.count()).toBe(eventsBefore + 1 + 1);
  });

  it('writes nothing when the choices would leave a link to a missing record', async () => {
    const vendor = storedVendor('Kept Vendor');
    const broken = storedDependency('Router', crypto.randomUUID());
    await workspace().dependencies.add(broken);
    const before = await storedRecords();
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
    expect(await storedRecords()).toEqual(before);
  });

  it('reports the records it writes, and writes nothing when the user stops it before it commits', async () => {
    const vendors = Array.from({ length: 4_500 }, (_, index) => storedVendor(`Vendor ${index}`));
    const empty = Object.fromEntries(
      workspaceTables.map((table) => [table, []]),
    ) as unknown as WorkspaceRecords;
    const file = fileFrom({ ...empty, vendors }, new Map());
    const before = await storedRecords();
    const controller = new AbortController();
    const written: Array<[number, number]> = [];

    const merging = mergeWorkspace(file, new Map(), {
      fileName,
      signal: controller.signal,
      onProgress: (done, total) => {
        written.push([done, total]);
        if (done >= 4_000) controller.abort();
      },
    });

    await expect(merging).rejects.toMatchObject({ name: 'AbortError' });
    expect(written).toEqual([
      [2_000, 4_500],
      [4_000, 4_500],
    ]);
    expect(await storedRecords()).toEqual(before);

    const progress: Array<[number, number]> = [];
    const outcome = await mergeWorkspace(file, new Map(), {
      fileName,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(outcome.ok && outcome.summary.vendors.added).toBe(4_500);
    expect(progress.at(-1)).toEqual([4_500, 4_500]);
    expect(await workspace().vendors.count()).toBe(4_500);
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
    await storeRecords(mine, evidenceBytes);
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
    await storeRecords(records, evidenceBytes);
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

  it('keeps this workspace’s settings, and names the groups their file has otherwise', async () => {
    const { records, evidenceBytes } = await sampleWorkspace();
    await storeRecords(records, evidenceBytes);
    const theirs = sampleSettings();
    await saveReviewCycles({ tiers: { '5': 9 } });
    await saveSignOffPolicy(theirs.signOffPolicy);
    const settingsRows = () => workspace().table<{ key: string }>('settings').toCollection().sortBy('key');
    const before = await settingsRows();
    // Their patent assumptions are the defaults, as ours, and their sign-off policy is ours: only the list and
    // the cycles differ.
    const file = fileFrom(structuredClone(records), evidenceBytes, {
      standardsReference: theirs.standardsReference,
      patentAssumptions: { essentialityRates: {} },
      reviewCycles: theirs.reviewCycles,
      signOffPolicy: theirs.signOffPolicy,
    });

    expect((await previewMerge(file)).differingSettings).toEqual(['standardsReference', 'reviewCycles']);
    const outcome = await mergeWorkspace(file, new Map(), { fileName });

    expect(outcome.ok && outcome.differingSettings).toEqual(['standardsReference', 'reviewCycles']);
    expect(await settingsRows()).toEqual(before);
  });
});
