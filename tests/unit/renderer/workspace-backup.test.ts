import { currentFormatVersion } from '@shared/workspace/workspace-file-schema';
import { unzipSync, zipSync } from 'fflate';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { REFERENCE_SEED_KEY, seedReferenceEntries } from '@renderer/data/reference';
import { adoptOrganisation, organisationDiffers, saveSettings } from '@renderer/data/settings';
import { recordBackup } from '@renderer/data/backup-status';
import { exportWorkspace, replaceWorkspace } from '@renderer/data/workspace-backup';
import { replaceSbom } from '@renderer/data/sbom';
import type { AuditEvent, Dependency, SbomComponent } from '@shared/domain';
import { readWorkspaceInWorker } from '@renderer/features/settings/readWorkspaceInWorker';
import { workspaceTables, type WorkspaceTable } from '@shared/workspace/workspace-data';
import { fixtureApp as app, legacyWorkspaceJson, sampleWorkspace } from '../shared/workspace-fixture';
import { inProcessWorker } from './in-process-worker';
import { memoryStorage } from './memory-storage';
import { clearRecords, storedRecords, storeRecords } from './stored-records';

/** Every table and the settings, rows sorted by primary key; evidence blobs read as bytes so they compare by content. */
const snapshot = async () => {
  const { evidence, ...records } = await storedRecords();
  const withBytes = await Promise.all(
    evidence.map(async ({ blob, ...row }) => ({
      ...row,
      bytes: new Uint8Array(await (blob as Blob).arrayBuffer()),
    })),
  );
  const settings = await workspace().table<Record<string, unknown>>('settings').toCollection().sortBy('key');
  return { ...records, evidence: withBytes, settings } as Record<
    WorkspaceTable | 'settings',
    Array<Record<string, unknown>>
  >;
};

/** Writes the sample workspace straight into the tables, as the app would have stored it. */
const fillWorkspace = async () => {
  const { records, evidenceBytes } = await sampleWorkspace();
  await storeRecords(records, evidenceBytes);
  return records;
};

const backUp = async () => {
  const built = await exportWorkspace(app);
  if (!built.ok) throw new Error('The backup was refused.');
  return built.backup;
};

/** Reads a file as the Settings screen does: in the file worker (here on the test's thread). */
const read = (file: Blob) => readWorkspaceInWorker(file, { createWorker: inProcessWorker });

/** What Settings → Restore does once the user confirms: the file read in the worker, then replaced. */
const restore = async (file: Blob) => {
  const checked = await read(file);
  if (checked.ok) await replaceWorkspace(checked.value);
  return checked;
};

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('backup-test', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ana', organisationName: 'Example Telecom', organisationCountry: 'FR' });
});
afterEach(() => {
  closeWorkspace();
  vi.unstubAllGlobals();
});

describe('workspace backup and restore', () => {
  it('exports a .zip named by the day, carrying the organisation and the app', async () => {
    await fillWorkspace();
    const built = await exportWorkspace(app, { now: new Date(2026, 0, 31, 12) });
    expect(built.ok && built.backup.fileName).toBe('diligence-workbench-2026-01-31.zip');
    const entries = unzipSync(
      new Uint8Array(await (built.ok ? built.backup.file : new Blob()).arrayBuffer()),
    );
    expect(JSON.parse(new TextDecoder().decode(entries['workspace.json']))).toMatchObject({
      formatVersion: currentFormatVersion,
      app,
      organisation: { name: 'Example Telecom', country: 'FR' },
    });
  });

  it('reports each evidence file read while backing up', async () => {
    await fillWorkspace();
    const reports: Array<[number, number]> = [];
    await exportWorkspace(app, { onProgress: (done, total) => reports.push([done, total]) });
    expect(reports).toEqual([[1, 1]]);
  });

  it('stops a backup the user cancels, with no file built', async () => {
    await fillWorkspace();
    const controller = new AbortController();

    const backingUp = exportWorkspace(app, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    await expect(backingUp).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('restores, record for record and byte for byte, the workspace that was exported', async () => {
    await fillWorkspace();
    const before = await snapshot();
    const backup = await backUp();
    await clearRecords();
    const progress: Array<[number, number]> = [];

    const checked = await read(backup.file);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await replaceWorkspace(checked.value, { onProgress: (done, total) => progress.push([done, total]) });

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
    const total = workspaceTables.reduce((sum, table) => sum + before[table].length, 0);
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('writes the SBOM documents as the flat component list, and backup → restore → backup gives the same file', async () => {
    const records = await fillWorkspace();
    const [core, radio] = records.dependencies as [Dependency, Dependency];
    await replaceSbom(core.id, [
      { dependencyId: core.id, name: 'busybox', version: '1.36.1', licences: ['GPL-2.0-only'] },
      { dependencyId: core.id, name: 'musl', licences: ['MIT'], supplier: 'Rich Felker' },
    ]);
    const workspaceJson = async (now: Date) => {
      const built = await exportWorkspace(app, { now });
      if (!built.ok) throw new Error('The backup was refused.');
      const entries = unzipSync(new Uint8Array(await built.backup.file.arrayBuffer()));
      return {
        file: built.backup.file,
        json: JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as {
          sbomComponents: SbomComponent[];
          auditLog: AuditEvent[];
        },
      };
    };
    const now = new Date(2026, 0, 31, 12);

    const first = await workspaceJson(now);
    expect(first.json.sbomComponents.map(({ dependencyId, name }) => [dependencyId, name]).sort()).toEqual(
      [
        [core.id, 'busybox'],
        [core.id, 'musl'],
        [radio.id, 'openssl'],
      ].sort(),
    );
    const checked = await read(first.file);
    if (!checked.ok) throw new Error('The backup was refused.');
    const progress: Array<[number, number]> = [];
    await replaceWorkspace(checked.value, { onProgress: (done, total) => progress.push([done, total]) });
    const second = await workspaceJson(now);

    // Progress counts the file's records, each SBOM component one, though they are written as two documents.
    const fileRecords = workspaceTables.reduce((sum, table) => sum + checked.value.records[table].length, 0);
    expect(progress.at(-1)).toEqual([fileRecords, fileRecords]);

    // The restore adds its own audit event; everything else is the same, every list in the same order.
    const { auditLog: firstLog, ...firstRest } = first.json;
    const { auditLog: secondLog, ...secondRest } = second.json;
    expect(secondRest).toEqual(firstRest);
    expect(secondLog.filter((event) => event.recordId !== 'workspace')).toEqual(firstLog);
  });

  it('still restores a backup saved as JSON (format version 2) by an earlier version', async () => {
    const sample = await sampleWorkspace();
    const result = await restore(new Blob([legacyWorkspaceJson(sample)]));
    expect(result.ok).toBe(true);
    const stored = await workspace().evidence.toArray();
    expect(stored.map((row) => row.id)).toEqual(sample.records.evidence.map((record) => record.id));
    expect(new Uint8Array(await stored[0]!.blob.arrayBuffer())).toEqual(
      [...sample.evidenceBytes.values()][0],
    );
  });

  it('keeps the user’s profile and last backup, and does not seed the reference lists again', async () => {
    await fillWorkspace();
    const backup = await backUp();
    await recordBackup(backup.exportedAt);
    await saveSettings({ userName: 'Bo', organisationName: 'Other Telecom' });

    await restore(backup.file);

    expect(await workspace().settings.get('profile')).toMatchObject({ userName: 'Bo' });
    expect(await workspace().table('settings').get('last-backup')).toEqual({
      key: 'last-backup',
      at: backup.exportedAt,
    });
    expect(await seedReferenceEntries()).toBe(0);
    expect(await workspace().referenceEntries.count()).toBe(1);
  });

  it('keeps the built-in reference entries when the backup has none (format 1), and says so', async () => {
    expect(await seedReferenceEntries()).toBe(10);
    const {
      sbomComponents: _components,
      referenceEntries: _entries,
      ...formatOne
    } = JSON.parse(legacyWorkspaceJson(await sampleWorkspace())) as Record<string, unknown>;
    const checked = await read(new Blob([JSON.stringify({ ...formatOne, formatVersion: 1 })]));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;

    const summary = await replaceWorkspace(checked.value);

    expect(summary.referenceEntries).toEqual({ from: 'builtIn', count: 10 });
    const entries = await workspace().referenceEntries.toArray();
    expect(entries.filter((entry) => entry.list === 'fcc-covered')).toHaveLength(10);
    expect(entries.map((entry) => entry.name)).toContain('Huawei Technologies Company');
    const creations = (await workspace().auditLog.toArray()).filter(
      (event) => event.table === 'referenceEntries' && event.action === 'create',
    );
    expect(new Set(creations.map((event) => event.actor))).toEqual(new Set(['system']));
    expect(await seedReferenceEntries()).toBe(0);
  });

  it('restores the reference entries of a backup that has them, the user’s deletions included', async () => {
    await fillWorkspace();
    const backup = await backUp();
    await seedReferenceEntries();

    const checked = await read(backup.file);
    if (!checked.ok) throw new Error('The backup was refused.');
    const summary = await replaceWorkspace(checked.value);

    expect(summary.referenceEntries).toEqual({ from: 'backup', count: 1 });
    expect((await workspace().referenceEntries.toArray()).map((entry) => entry.name)).toEqual([
      'Example Corp',
    ]);
  });

  it('keeps the profile, offers the backup’s organisation when it differs, and takes it on confirmation', async () => {
    await fillWorkspace();
    const backup = await backUp();
    // A new machine: the user set their name, not the organisation.
    await saveSettings({ userName: 'Bo', organisationName: '' });
    const checked = await read(backup.file);
    if (!checked.ok) throw new Error('The backup was refused.');
    await replaceWorkspace(checked.value);
    const { organisation } = checked.value;
    expect(organisation).toEqual({ name: 'Example Telecom', country: 'FR' });
    expect(await workspace().settings.get('profile')).toEqual({
      key: 'profile',
      userName: 'Bo',
      organisationName: '',
    });
    expect(organisationDiffers(organisation, { userName: 'Bo', organisationName: '' })).toBe(true);

    await adoptOrganisation(organisation);

    expect(await workspace().settings.get('profile')).toEqual({
      key: 'profile',
      userName: 'Bo',
      organisationName: 'Example Telecom',
      organisationCountry: 'FR',
    });
    const events = (await workspace().auditLog.toArray()).filter(
      (row) => row.recordId === 'profile' && row.actor === 'Bo',
    );
    // The restore replaced the trail: the one event of the profile is taking the organisation.
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      changes: { organisationName: ['', 'Example Telecom'], organisationCountry: [null, 'FR'] },
    });
    const settings = { userName: 'Bo', organisationName: 'Example Telecom', organisationCountry: 'FR' };
    expect(organisationDiffers(organisation, settings)).toBe(false);
  });

  it('offers the backup’s organisation only when it has a name and differs in name or country', () => {
    const settings = { userName: 'Bo', organisationName: 'Example Telecom', organisationCountry: 'FR' };
    expect(organisationDiffers({ name: '' }, settings)).toBe(false);
    expect(organisationDiffers({ name: 'Example Telecom', country: 'FR' }, settings)).toBe(false);
    expect(organisationDiffers({ name: 'Example Telecom', country: 'BE' }, settings)).toBe(true);
    expect(organisationDiffers({ name: 'Example Telecom' }, settings)).toBe(true);
    expect(organisationDiffers({ name: 'Other Telecom', country: 'FR' }, settings)).toBe(true);
  });

  it('leaves the database exactly as it was when the user cancels the restore while it writes', async () => {
    const records = await fillWorkspace();
    const backup = await backUp();
    await workspace().vendors.delete(records.vendors[0]!.id);
    const before = await snapshot();
    const checked = await read(backup.file);
    if (!checked.ok) throw new Error('The backup was refused.');
    const controller = new AbortController();
    const written: number[] = [];

    const restoring = replaceWorkspace(checked.value, {
      signal: controller.signal,
      onProgress: (done) => {
        written.push(done);
        controller.abort();
      },
    });

    await expect(restoring).rejects.toMatchObject({ name: 'AbortError' });
    expect(written).toHaveLength(1);
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the database exactly as it was when the file has a problem', async () => {
    const records = await fillWorkspace();
    const entries = unzipSync(new Uint8Array(await (await backUp()).file.arrayBuffer()));
    const file = JSON.parse(new TextDecoder().decode(entries['workspace.json'])) as {
      risks: Array<{ vendorIds: string[] }>;
    };
    file.risks[0]!.vendorIds = [crypto.randomUUID()];
    entries['workspace.json'] = new TextEncoder().encode(JSON.stringify(file));
    await workspace().vendors.delete(records.vendors[0]!.id);
    const before = await snapshot();

    const result = await restore(new Blob([zipSync(entries, { level: 0 })]));

    expect(result).toMatchObject({
      ok: false,
      problems: [
        { table: 'risks', field: 'vendorIds.0', message: 'workspaceFile.problems.missingReference' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('discards the answer drafts kept on this machine, which would otherwise come back over the restored answers', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const records = await fillWorkspace();
    const assessmentId = records.assessments[0]!.id;
    const backup = await backUp();
    storage.setItem(`diligence-workbench.draft.${assessmentId}.q1.comment`, 'typed before the restore');
    storage.setItem('diligence-workbench.report-options', '{"kept":true}');

    await restore(backup.file);

    expect(storage.getItem(`diligence-workbench.draft.${assessmentId}.q1.comment`)).toBeNull();
    expect(storage.getItem('diligence-workbench.report-options')).toBe('{"kept":true}');
  });
});
