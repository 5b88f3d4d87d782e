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
  (await workspace().sbomComponents.where('dependencyId').equals(dependencyId).toArray())
    .map((row) => row.name)
    .sort();

const snapshot = async () => ({
  components: await workspace().sbomComponents.toArray(),
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
  it('stores the components on the dependency with ids and timestamps, and one audit event', async () => {
    expect(await replaceSbom(dependencyId, [component('openssl'), component('zlib', [])])).toBe(2);

    const rows = await workspace().sbomComponents.toArray();
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ dependencyId, version: '1.0.0' });
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.createdAt).toBe(row.updatedAt);
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
    expect(updates).toMatchObject([{ recordId: dependencyId, changes: { components: [2, 1] } }]);
  });

  it('is all or nothing: a failing write keeps the earlier SBOM and writes no audit event', async () => {
    await replaceSbom(dependencyId, [component('openssl')]);
    const before = await snapshot();
    const duplicateId = crypto.randomUUID();
    // Every new component gets the same id: bulkAdd fails on the second one, after the delete ran.
    const sameId = vi.spyOn(crypto, 'randomUUID').mockReturnValue(duplicateId);
    try {
      await expect(replaceSbom(dependencyId, [component('a'), component('b')])).rejects.toThrow();
    } finally {
      sameId.mockRestore();
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
    expect(await snapshot()).toEqual({ components: [], auditLog: [] });
  });
});
