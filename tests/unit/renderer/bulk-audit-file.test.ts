import { unzipSync } from 'fflate';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { readRecordEvents } from '@renderer/data/audit-trail';
import { commitImport, previewImport } from '@renderer/data/import';
import { saveSettings } from '@renderer/data/settings';
import { exportWorkspace, replaceWorkspace } from '@renderer/data/workspace-backup';
import { mergeWorkspace } from '@renderer/data/workspace-merge';
import { readWorkspaceInWorker } from '@renderer/features/settings/readWorkspaceInWorker';
import { readImportFile } from '@shared/import';
import { fixtureApp as app } from '../shared/workspace-fixture';
import { inProcessWorker } from './in-process-worker';
import { clearRecords } from './stored-records';

const vendorFile = new TextEncoder().encode(
  ['name,hqCountry', 'Nordic Radio,FI', 'Baltic Fibre,EE', 'Iberia Core,ES'].join('\r\n'),
);

const open = (name: string) =>
  openWorkspace(new WorkbenchDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange }));

/** A workspace with three vendors imported from vendors.csv by Ines, backed up. */
const importedBackup = async () => {
  await commitImport(await previewImport('vendors', await readImportFile(vendorFile)), {
    fileName: 'vendors.csv',
  });
  const built = await exportWorkspace(app);
  if (!built.ok) throw new Error('The backup was refused.');
  return built.backup.file;
};

/** Reads a file as Settings does: in the file worker (here on the test's thread), hashed for a merge. */
const read = async (file: Blob, { hashFile = false } = {}) => {
  const checked = await readWorkspaceInWorker(file, { createWorker: inProcessWorker, hashFile });
  if (!checked.ok) throw new Error('The backup was refused.');
  return checked.value;
};

/** Each vendor's own history: its part of the import, as the vendor's page reads it. */
const historiesOfVendors = async () => {
  const db = workspace();
  const vendors = await db.vendors.toArray();
  return Promise.all(
    vendors.map(async (vendor) => ({
      name: vendor.name,
      events: await readRecordEvents(db, [{ table: 'vendors', id: vendor.id }]),
    })),
  );
};

beforeEach(async () => {
  await open('bulk-audit-file');
  await saveSettings({ userName: 'Ines', organisationName: 'Atlantic Telecom' });
});
afterEach(() => closeWorkspace());

describe('a bulk import in the workspace file', () => {
  it('is written as one event listing its records, without the keys the database derives', async () => {
    const file = await importedBackup();
    const json = JSON.parse(
      new TextDecoder().decode(unzipSync(new Uint8Array(await file.arrayBuffer()))['workspace.json']),
    ) as {
      auditLog: Array<Record<string, unknown>>;
    };
    const imports = json.auditLog.filter((event) => event.action === 'import');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ table: 'vendors', recordId: 'vendors.csv', actor: 'Ines' });
    expect(imports[0]?.records).toHaveLength(3);
    expect(Object.keys(imports[0] ?? {})).not.toContain('recordKeys');
  });

  it('comes back from a restore, each record finding its part of the import again', async () => {
    const file = await importedBackup();
    const before = await historiesOfVendors();
    await clearRecords();
    expect(await workspace().auditLog.count()).toBe(0);

    await replaceWorkspace(await read(file));
    const after = await historiesOfVendors();
    expect(after.map(({ name }) => name).sort()).toEqual(['Baltic Fibre', 'Iberia Core', 'Nordic Radio']);
    expect(after).toEqual(expect.arrayContaining(before));
    for (const { name, events } of after) {
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        action: 'create',
        actor: 'Ines',
        partOf: { table: 'vendors', source: 'vendors.csv', count: 3 },
      });
      expect(events[0]?.changes?.name).toEqual([null, name]);
    }
  });

  it("comes with a merge into a colleague's workspace, marked as imported from the file", async () => {
    const file = await importedBackup();
    closeWorkspace();
    await open('bulk-audit-colleague');
    await saveSettings({ userName: 'Ben', organisationName: 'Atlantic Telecom' });

    await mergeWorkspace(await read(file, { hashFile: true }), new Map(), { fileName: 'ines.zip' });
    const histories = await historiesOfVendors();
    expect(histories).toHaveLength(3);
    for (const { name, events } of histories) {
      // The record's part of Ines's import, and its part of Ben's merge.
      const imported = events.find((event) => event.partOf?.action === 'import');
      expect(imported).toMatchObject({
        actor: 'Ines',
        action: 'create',
        imported: { fileName: 'ines.zip', by: 'Ben' },
        partOf: { source: 'vendors.csv', count: 3 },
      });
      expect(imported?.changes?.name).toEqual([null, name]);
      const merged = events.find((event) => event.partOf?.action === 'merge');
      expect(merged).toMatchObject({
        actor: 'Ben',
        action: 'create',
        partOf: { table: 'settings', source: 'ines.zip', count: 3 },
      });
      expect(merged).not.toHaveProperty('imported');
      expect(merged?.changes?.name).toEqual([null, name]);
      expect(events).toHaveLength(2);
    }
  });
});

/** The audit events a backup of this workspace carries, by id. */
const eventsInBackup = async (): Promise<Map<string, Record<string, unknown>>> => {
  const built = await exportWorkspace(app);
  if (!built.ok) throw new Error('The backup was refused.');
  const json = JSON.parse(
    new TextDecoder().decode(
      unzipSync(new Uint8Array(await built.backup.file.arrayBuffer()))['workspace.json'],
    ),
  ) as { auditLog: Array<Record<string, unknown>> };
  return new Map(json.auditLog.map((event) => [event.id as string, event]));
};

/** Ines's import of three vendors, merged by Ben into his workspace: Ben's workspace file. */
const mergedBackup = async () => {
  const file = await importedBackup();
  closeWorkspace();
  await open('bulk-audit-ben');
  await saveSettings({ userName: 'Ben', organisationName: 'Atlantic Telecom' });
  await mergeWorkspace(await read(file, { hashFile: true }), new Map(), { fileName: 'ines.zip' });
  const built = await exportWorkspace(app);
  if (!built.ok) throw new Error('The backup was refused.');
  return built.backup.file;
};

describe('a merge in the workspace file', () => {
  it('is one event listing its records, which backup, restore and backup give back the same', async () => {
    const file = await mergedBackup();
    const before = await eventsInBackup();
    const merges = [...before.values()].filter((event) => event.action === 'merge');
    expect(merges).toEqual([
      expect.objectContaining({ actor: 'Ben', table: 'settings', recordId: 'ines.zip' }),
    ]);
    expect(merges[0]?.records).toHaveLength(3);
    expect(Object.keys(merges[0] ?? {})).not.toContain('recordKeys');
    const histories = await historiesOfVendors();

    await clearRecords();
    await replaceWorkspace(await read(file));
    const after = await eventsInBackup();
    // Every event as it was (beside those of the restore itself), and no other bulk event.
    for (const [id, event] of before) expect(after.get(id)).toEqual(event);
    const bulk = (events: Map<string, Record<string, unknown>>) =>
      [...events.values()].filter((event) => event.records);
    expect(bulk(after)).toEqual(bulk(before));
    const restored = await historiesOfVendors();
    expect(restored).toHaveLength(histories.length);
    expect(restored).toEqual(expect.arrayContaining(histories));
  });

  it("merged into a third workspace, is kept as the colleague's, and each record finds its part again", async () => {
    const file = await mergedBackup();
    closeWorkspace();
    await open('bulk-audit-claire');
    await saveSettings({ userName: 'Claire', organisationName: 'Atlantic Telecom' });

    const outcome = await mergeWorkspace(await read(file, { hashFile: true }), new Map(), {
      fileName: 'ben.zip',
    });
    expect(outcome.ok).toBe(true);
    const merges = (await workspace().auditLog.toArray()).filter((event) => event.action === 'merge');
    expect(merges.map(({ actor, recordId, imported }) => [actor, recordId, imported?.fileName])).toEqual(
      expect.arrayContaining([
        ['Ben', 'ines.zip', 'ben.zip'],
        ['Claire', 'ben.zip', undefined],
      ]),
    );
    expect(merges).toHaveLength(2);
    for (const { name, events } of await historiesOfVendors()) {
      expect(events.map((event) => [event.actor, event.partOf?.action, event.partOf?.source]).sort()).toEqual(
        [
          ['Ben', 'merge', 'ines.zip'],
          ['Claire', 'merge', 'ben.zip'],
          ['Ines', 'import', 'vendors.csv'],
        ],
      );
      for (const event of events) expect(event.changes?.name).toEqual([null, name]);
    }
  });
});
