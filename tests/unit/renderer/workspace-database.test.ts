import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA, WorkbenchDatabase } from '@renderer/db/database';
import { Dexie } from 'dexie';
import { SCHEMA_V1 } from '@renderer/db/schema-v1';
import { SCHEMA_V2 } from '@renderer/db/schema-v2';
import { storedDependency, storedVendor } from '../fixtures/records';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveSettings } from '@renderer/data/settings';

/** Each test gets its own in-memory IndexedDB, as a fresh profile would. */
const freshDatabase = (factory = new IDBFactory()) =>
  new WorkbenchDatabase('workbench-test', { indexedDB: factory, IDBKeyRange });

afterEach(() => closeWorkspace());

describe('the workspace database', () => {
  it('opens at version 3 with every table of the domain model, decisions included', async () => {
    const db = await openWorkspace(freshDatabase());
    expect(db.verno).toBe(3);
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
      ]),
    );
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
    expect(db.verno).toBe(3);
    expect(await db.vendors.toArray()).toEqual([{ ...vendor, roles: ['supplier'], aliases: [] }]);
    expect(await db.dependencies.toArray()).toEqual([{ ...dependency, standards: [] }]);
    expect(await db.settings.get('profile')).toMatchObject({ userName: 'Ines' });
    // The new index answers: a dependency is found by a standard it implements.
    await db.dependencies.update(dependency.id, { standards: ['TS 38.331'] });
    expect(await db.dependencies.where('standards').equals('TS 38.331').primaryKeys()).toEqual([
      dependency.id,
    ]);
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
    expect(db.verno).toBe(3);
    expect(await db.vendors.toArray()).toEqual([vendor]);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.decisions.where('status').equals('draft').count()).toBe(0);
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
    expect(db.verno).toBe(3);
    expect(await db.vendors.toArray()).toEqual([vendor]);
    expect(await db.royaltyRates.where('holderId').equals(vendor.id).toArray()).toEqual([rate]);
    expect(await db.decisions.count()).toBe(0);
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
