import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SbomComponentInput } from '@shared/domain';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { deleteDependency, saveDependency } from '@renderer/data/dependencies';
import { clearSbom, replaceSbom } from '@renderer/data/sbom';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { refusalOf } from './refusal-of';

const component = (name: string, licences: string[] = ['MIT']): SbomComponentInput => ({
  dependencyId: 'ignored: replaceSbom sets the dependency',
  name,
  version: '1.0.0',
  licences,
});

const saveTestDependency = async (name: string, vendorId: string) =>
  (
    await saveDependency({
      name,
      vendorId,
      kind: 'software',
      domain: 'core',
      criticality: 3,
      substitutability: 'hard',
    })
  ).id;

const componentsOf = async (dependencyId: string) =>
  ((await workspace().sboms.get(dependencyId))?.components ?? []).map((row) => row.name).sort();

const snapshot = async () => ({
  sboms: await workspace().sboms.toArray(),
  auditLog: await workspace().auditLog.toArray(),
});

let dependencyId: string;
let otherDependencyId: string;

beforeEach(async () => {
  await openWorkspace(new WorkbenchDatabase('sbom-commands', { indexedDB: new IDBFactory(), IDBKeyRange }));
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  const vendorId = (await saveVendor({ name: 'Core Systems', hqCountry: 'SE' })).id;
  dependencyId = await saveTestDependency('Packet core', vendorId);
  otherDependencyId = await saveTestDependency('Billing', vendorId);
  await workspace().auditLog.clear();
});

afterEach(() => closeWorkspace());

describe('replaceSbom', () => {
  it('stores the components in one document of the dependency, with ids and timestamps, and one audit event', async () => {
    expect(await replaceSbom(dependencyId, [component('openssl'), component('zlib', [])])).toBe(2);

    const documents = await workspace().sboms.toArray();
    expect(documents.map((document) => document.dependencyId)).toEqual([dependencyId]);
    const rows = documents[0]!.components;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ version: '1.0.0' });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.createdAt).toBe(row.updatedAt);
      expect(row.updatedAt).toBe(documents[0]!.updatedAt);
    }
    expect(rows.find((row) => row.name === 'zlib')?.licences).toEqual([]);
    expect(await workspace().auditLog.toArray()).toMatchObject([
      {
        table: 'sbomComponents',
        recordId: dependencyId,
        action: 'create',
        actor: 'Ines Moreau',
        changes: { components: [0, 2] },
      },
    ]);
  });

  it('replaces the earlier SBOM of that dependency and leaves other dependencies alone', async () => {
    await replaceSbom(dependencyId, [component('openssl'), component('zlib')]);
    await replaceSbom(otherDependencyId, [component('libxml2')]);
    await replaceSbom(dependencyId, [component('busybox', ['GPL-2.0-only'])]);

    expect(await componentsOf(dependencyId)).toEqual(['busybox']);
    expect(await componentsOf(otherDependencyId)).toEqual(['libxml2']);
    const updates = (await workspace().auditLog.toArray()).filter((event) => event.action === 'update');
    expect(updates).toEqual([
      expect.objectContaining({
        recordId: dependencyId,
        changes: { components: [2, 1], componentsAdded: [null, 1], componentsRemoved: [null, 2] },
      }),
    ]);
  });

  it('counts in its audit event the components a new SBOM adds and drops, by name, version and purl', async () => {
    await replaceSbom(dependencyId, [component('openssl'), component('zlib'), component('curl')]);
    await workspace().auditLog.clear();
    await replaceSbom(dependencyId, [
      component('openssl'),
      { ...component('zlib'), version: '1.3.1' },
      component('curl'),
      component('libxml2'),
    ]);

    expect(await workspace().auditLog.toArray()).toEqual([
      expect.objectContaining({
        table: 'sbomComponents',
        recordId: dependencyId,
        action: 'update',
        changes: { components: [3, 4], componentsAdded: [null, 2], componentsRemoved: [null, 1] },
      }),
    ]);
  });

  it('is all or nothing: a failing write keeps the earlier SBOM and writes no audit event', async () => {
    await replaceSbom(dependencyId, [component('openssl')]);
    const before = await snapshot();
    // The audit log refuses the event after the new document is written: the whole replace is undone.
    const failingAudit = vi
      .spyOn(workspace().auditLog, 'bulkAdd')
      .mockRejectedValue(new Error('The disk is full.'));
    try {
      await expect(replaceSbom(dependencyId, [component('a'), component('b')])).rejects.toThrow(
        'The disk is full.',
      );
    } finally {
      failingAudit.mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a dependency that no longer exists and writes nothing', async () => {
    await deleteDependency(otherDependencyId);
    const before = await snapshot();
    expect((await refusalOf(replaceSbom(otherDependencyId, [component('openssl')]))).key).toBe(
      'sbom.refused.dependencyGone',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('clearSbom', () => {
  it('removes the components of that dependency only, with one delete event', async () => {
    await replaceSbom(dependencyId, [component('openssl'), component('zlib')]);
    await replaceSbom(otherDependencyId, [component('libxml2')]);
    await workspace().auditLog.clear();

    await clearSbom(dependencyId);
    expect(await componentsOf(dependencyId)).toEqual([]);
    expect(await componentsOf(otherDependencyId)).toEqual(['libxml2']);
    expect(await workspace().auditLog.toArray()).toMatchObject([
      { table: 'sbomComponents', recordId: dependencyId, action: 'delete', changes: { components: [2, 0] } },
    ]);
  });

  it('writes nothing when the dependency has no SBOM', async () => {
    await clearSbom(dependencyId);
    expect(await snapshot()).toEqual({ sboms: [], auditLog: [] });
  });
});

describe('deleteDependency', () => {
  it('deletes the dependency’s SBOM with it, audited as removed, and leaves other SBOMs alone', async () => {
    await replaceSbom(dependencyId, [component('openssl'), component('zlib')]);
    await replaceSbom(otherDependencyId, [component('libxml2')]);
    await workspace().auditLog.clear();

    await deleteDependency(dependencyId);

    expect((await workspace().sboms.toArray()).map((document) => document.dependencyId)).toEqual([
      otherDependencyId,
    ]);
    const events = await workspace().auditLog.toArray();
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          table: 'sbomComponents',
          recordId: dependencyId,
          action: 'delete',
          changes: { components: [2, 0] },
        }),
        expect.objectContaining({ table: 'dependencies', recordId: dependencyId, action: 'delete' }),
      ]),
    );
  });
});
