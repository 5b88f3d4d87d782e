import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA, WorkbenchDatabase } from '@renderer/db/database';
import { Dexie } from 'dexie';
import { SCHEMA_V1 } from '@renderer/db/schema-v1';
import { SCHEMA_V2 } from '@renderer/db/schema-v2';
import { SCHEMA_V3 } from '@renderer/db/schema-v3';
import type { SbomComponent } from '@shared/domain';
import { storedDependency, storedVendor } from '../fixtures/records';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveSettings } from '@renderer/data/settings';

/** A component row as versions 1 to 3 stored it, dated by its index so the rows differ. */
const storedComponent = (dependencyId: string, name: string, index: number): SbomComponent => {
  const at = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  return {
    id: crypto.randomUUID(),
    dependencyId,
    name,
    version: `1.${index}`,
    purl: `pkg:npm/${name}@1.${index}`,
    licences: index % 3 === 0 ? [] : ['MIT'],
    createdAt: at,
    updatedAt: at,
  };
};

/** Each test gets its own in-memory IndexedDB, as a fresh profile would. */
const freshDatabase = (factory = new IDBFactory()) =>
  new WorkbenchDatabase('workbench-test', { indexedDB: factory, IDBKeyRange });

afterEach(() => closeWorkspace());

describe('the workspace database', () => {
  it('opens at version 5 with every table of the domain model, decisions and SBOM documents included', async () => {
    const db = await openWorkspace(freshDatabase());
    expect(db.verno).toBe(5);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(CURRENT_SCHEMA).sort());
    expect(Object.keys(CURRENT_SCHEMA)).toEqual(
      expect.arrayContaining([
        'vendors',
        'dependencies',
        'licences',
        'risks',
        'checklists',
        'assessments',
        'evidence',
        'auditLog',
        'reports',
        'declarationSets',
        'royaltyRates',
        'decisions',
        'sboms',
      ]),
    );
    expect(Object.keys(CURRENT_SCHEMA)).not.toContain('sbomComponents');
  });

  it('upgrades a version 1 database keeping every record: vendors become suppliers, dependencies list no standard', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    const { roles: _roles, aliases: _aliases, ...vendor } = storedVendor('Nordic Radio', { tags: ['ran'] });
    const { standards: _standards, ...dependency } = storedDependency('Radio unit', vendor.id);
    await old.table('vendors').add(vendor);
    await old.table('dependencies').add(dependency);
    await old.table('settings').put({ key: 'profile', userName: 'Ines', organisationName: 'Atlantic' });
    old.close();

    const db = await openWorkspace(freshDatabase(factory));
    expect(db.verno).toBe(5);
    expect(await db.vendors.toArray()).toEqual([{ ...vendor, roles: ['supplier'], aliases: [] }]);
    expect(await db.dependencies.toArray()).toEqual([{ ...dependency, standards: [] }]);
    expect(await db.settings.get('profile')).toMatchObject({ userName: 'Ines' });
  });

  it('writes settings together with an audit event naming the author', async () => {
    await openWorkspace(freshDatabase());
    await saveSettings({
      userName: 'Ines Moreau',
      organisationName: 'Atlantic Telecom',
      organisationCountry: 'FR',
    });

    const db = workspace();
    expect(await db.settings.get('profile')).toEqual({
      key: 'profile',
      userName: 'Ines Moreau',
      organisationName: 'Atlantic Telecom',
      organisationCountry: 'FR',
    });
    const events = await db.auditLog.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      table: 'settings',
      recordId: 'profile',
      action: 'create',
      actor: 'Ines Moreau',
    });
    expect(events[0]?.changes).toEqual({
      userName: ['', 'Ines Moreau'],
      organisationName: ['', 'Atlantic Telecom'],
      organisationCountry: [null, 'FR'],
    });
  });

  it('keeps what was written after the database is closed and reopened', async () => {
    const factory = new IDBFactory();
    await openWorkspace(freshDatabase(factory));
    await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
    closeWorkspace();

    const reopened = await openWorkspace(freshDatabase(factory));
    expect((await reopened.settings.get('profile'))?.organisationName).toBe('Atlantic Telecom');
    expect(await reopened.auditLog.count()).toBe(1);
  });

  it('records nothing when a save changes nothing', async () => {
    await openWorkspace(freshDatabase());
    const profile = { userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' };
    await saveSettings(profile);
    await saveSettings(profile);
    expect(await workspace().auditLog.count()).toBe(1);
  });

  it('refuses invalid settings and writes nothing', async () => {
    await openWorkspace(freshDatabase());
    await expect(
      saveSettings({ userName: 'Ines', organisationName: 'Atlantic', organisationCountry: 'XX' }),
    ).rejects.toThrow();
    expect(await workspace().settings.count()).toBe(0);
    expect(await workspace().auditLog.count()).toBe(0);
  });

  it('upgrades a version 1 database in place: its records kept, an empty decisions table added', async () => {
    const factory = new IDBFactory();
    const vendor = storedVendor('Nordic Radio');
    const version1 = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    version1.version(1).stores(SCHEMA_V1);
    await version1.open();
    await version1.table('vendors').add(vendor);
    version1.close();

    const db = await openWorkspace(freshDatabase(factory));
    expect(db.verno).toBe(5);
    expect(await db.vendors.toArray()).toEqual([vendor]);
    expect(await db.decisions.count()).toBe(0);
  });

  it('upgrades a version 2 database in place: its standards tables kept, an empty decisions table added', async () => {
    const factory = new IDBFactory();
    const vendor = { ...storedVendor('Patent Holder Oy'), roles: ['patent-holder'] };
    const rate = { id: 'rate-1', holderId: vendor.id };
    const version2 = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    version2.version(1).stores(SCHEMA_V1);
    version2.version(2).stores(SCHEMA_V2);
    await version2.open();
    await version2.table('vendors').add(vendor);
    await version2.table('royaltyRates').add(rate);
    version2.close();

    const db = await openWorkspace(freshDatabase(factory));
    expect(db.verno).toBe(5);
    expect(await db.vendors.toArray()).toEqual([vendor]);
    expect(await db.royaltyRates.toArray()).toEqual([rate]);
    expect(await db.decisions.count()).toBe(0);
  });

  it('upgrades a version 3 database: every SBOM component moves, unchanged, into its dependency’s one document', async () => {
    const factory = new IDBFactory();
    const vendor = storedVendor('Nordic Core');
    const core = storedDependency('Packet core', vendor.id);
    const billing = storedDependency('Billing', vendor.id);
    const rows = Array.from({ length: 2_500 }, (_, index) =>
      storedComponent(index % 5 === 0 ? billing.id : core.id, `component-${index}`, index),
    );
    const version3 = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    version3.version(1).stores(SCHEMA_V1);
    version3.version(2).stores(SCHEMA_V2);
    version3.version(3).stores(SCHEMA_V3);
    await version3.open();
    await version3.table('vendors').add(vendor);
    await version3.table('dependencies').bulkAdd([core, billing]);
    await version3.table('sbomComponents').bulkAdd(rows);
    version3.close();

    const db = await openWorkspace(freshDatabase(factory));
    expect(db.verno).toBe(5);
    expect(db.tables.map((table) => table.name)).not.toContain('sbomComponents');
    const documents = await db.sboms.toArray();
    expect(documents.map((document) => document.dependencyId).sort()).toEqual([core.id, billing.id].sort());
    const kept = documents.flatMap((document) =>
      document.components.map((component) => ({ ...component, dependencyId: document.dependencyId })),
    );
    const byId = (a: SbomComponent, b: SbomComponent) => (a.id < b.id ? -1 : 1);
    expect(kept.sort(byId)).toEqual([...rows].sort(byId));
    const billingDocument = await db.sboms.get(billing.id);
    expect(billingDocument?.components).toHaveLength(500);
    expect(billingDocument?.updatedAt).toBe(
      rows
        .filter((row) => row.dependencyId === billing.id)
        .map((row) => row.updatedAt)
        .sort()
        .at(-1),
    );
  });

  it('upgrades a version 1 database with an SBOM through every version, keeping its components', async () => {
    const factory = new IDBFactory();
    const { roles: _roles, aliases: _aliases, ...vendor } = storedVendor('Nordic Radio');
    const { standards: _standards, ...dependency } = storedDependency('Radio unit', vendor.id);
    const rows = [storedComponent(dependency.id, 'openssl', 1), storedComponent(dependency.id, 'zlib', 2)];
    const version1 = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    version1.version(1).stores(SCHEMA_V1);
    await version1.open();
    await version1.table('vendors').add(vendor);
    await version1.table('dependencies').add(dependency);
    await version1.table('sbomComponents').bulkAdd(rows);
    version1.close();

    const db = await openWorkspace(freshDatabase(factory));
    expect(db.verno).toBe(5);
    const document = await db.sboms.get(dependency.id);
    const names = (list: ReadonlyArray<{ name: string }>) => list.map(({ name }) => name).sort();
    expect(names(document?.components ?? [])).toEqual(['openssl', 'zlib']);
    expect(document?.components).toEqual(
      expect.arrayContaining(rows.map(({ dependencyId: _dependency, ...component }) => component)),
    );
    expect(await db.dependencies.get(dependency.id)).toEqual({ ...dependency, standards: [] });
  });

  it('refuses to open a database written by a newer version, leaving it intact', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('workbench-test', 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await expect(openWorkspace(freshDatabase(factory))).rejects.toMatchObject({ name: 'VersionError' });
  });
});
