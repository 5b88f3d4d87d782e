import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { REFERENCE_SEED_KEY, seedReferenceEntries } from '@renderer/data/reference';
import { saveSettings } from '@renderer/data/settings';
import { exportWorkspace, recordBackup, restoreWorkspace } from '@renderer/data/workspace-backup';
import { workspaceTables } from '@shared/workspace/workspace-data';
import type { WorkspaceTable } from '@shared/workspace/workspace-file';
import { sampleWorkspace } from '../shared/workspace-fixture';

const app = { name: 'Diligence Workbench', version: '0.1.0' };

/** Every table, rows sorted by primary key; evidence blobs read as bytes so they compare by content. */
const snapshot = async () => {
  const db = workspace();
  const tables = await Promise.all(
    [...workspaceTables, 'settings' as const].map(async (table) => {
      const rows = await db
        .table<Record<string, unknown>>(table)
        .toCollection()
        .sortBy(table === 'settings' ? 'key' : 'id');
      if (table !== 'evidence') return [table, rows] as const;
      const withBytes = await Promise.all(
        rows.map(async ({ blob, ...row }) => ({
          ...row,
          bytes: new Uint8Array(await (blob as Blob).arrayBuffer()),
        })),
      );
      return [table, withBytes] as const;
    }),
  );
  return Object.fromEntries(tables) as Record<WorkspaceTable | 'settings', Array<Record<string, unknown>>>;
};

/** Writes the sample workspace straight into the tables, as the app would have stored it. */
const fillWorkspace = async () => {
  const { records, evidenceBytes } = await sampleWorkspace();
  const db = workspace();
  for (const table of workspaceTables) {
    const rows =
      table === 'evidence'
        ? records.evidence.map((record) => ({ ...record, blob: new Blob([evidenceBytes.get(record.id)!]) }))
        : records[table];
    await db.table(table).bulkAdd(rows);
  }
  return records;
};

const fileText = (data: Uint8Array) => new TextDecoder().decode(data);

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('backup-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ana', organisationName: 'Example Telecom', organisationCountry: 'FR' });
});
afterEach(() => closeWorkspace());

describe('workspace backup and restore', () => {
  it('exports a file named by the day, carrying the organisation and the app', async () => {
    await fillWorkspace();
    const backup = await exportWorkspace(app, new Date(2026, 0, 31, 12));
    expect(backup.fileName).toBe('diligence-workbench-2026-01-31.json');
    expect(JSON.parse(fileText(backup.data))).toMatchObject({
      app,
      organisation: { name: 'Example Telecom', country: 'FR' },
    });
  });

  it('restores, record for record and byte for byte, the workspace that was exported', async () => {
    await fillWorkspace();
    const before = await snapshot();
    const backup = await exportWorkspace(app);
    for (const table of workspaceTables) await workspace().table(table).clear();

    const result = await restoreWorkspace(fileText(backup.data));

    expect(result.ok).toBe(true);
    const after = await snapshot();
    const restoreEvent = after.auditLog.find((event) => event.recordId === 'workspace');
    expect(restoreEvent).toMatchObject({
      actor: 'Ana',
      table: 'settings',
      action: 'update',
      changes: { restoredFrom: [null, backup.exportedAt] },
    });
    expect({ ...after, auditLog: after.auditLog.filter((event) => event !== restoreEvent) }).toEqual({
      ...before,
      settings: [...before.settings, { key: REFERENCE_SEED_KEY, seededAt: expect.any(String) }],
    });
  });

  it('keeps the user’s profile and last backup, and does not seed the reference lists again', async () => {
    await fillWorkspace();
    const backup = await exportWorkspace(app);
    await recordBackup(backup.exportedAt);
    await saveSettings({ userName: 'Bo', organisationName: 'Other Telecom' });

    await restoreWorkspace(fileText(backup.data));

    expect(await workspace().settings.get('profile')).toMatchObject({ userName: 'Bo' });
    expect(await workspace().table('settings').get('last-backup')).toEqual({
      key: 'last-backup',
      at: backup.exportedAt,
    });
    expect(await seedReferenceEntries()).toBe(0);
    expect(await workspace().referenceEntries.count()).toBe(1);
  });

  it('leaves the database exactly as it was when the file has a problem', async () => {
    const records = await fillWorkspace();
    const backup = JSON.parse(fileText((await exportWorkspace(app)).data)) as {
      risks: Array<{ vendorIds: string[] }>;
    };
    backup.risks[0]!.vendorIds = [crypto.randomUUID()];
    await workspace().vendors.delete(records.vendors[0]!.id);
    const before = await snapshot();

    const result = await restoreWorkspace(JSON.stringify(backup));

    expect(result).toMatchObject({
      ok: false,
      problems: [
        { table: 'risks', field: 'vendorIds.0', message: 'workspaceFile.problems.missingReference' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });
});
