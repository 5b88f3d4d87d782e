import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA, WorkbenchDatabase } from '@renderer/db/database';
import { SCHEMA_V1 } from '@renderer/db/schema-v1';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { saveSettings } from '@renderer/data/settings';
import { storedVendor } from '../fixtures/records';
import { Dexie } from 'dexie';

/** Each test gets its own in-memory IndexedDB, as a fresh profile would. */
const freshDatabase = (factory = new IDBFactory()) =>
  new WorkbenchDatabase('workbench-test', { indexedDB: factory, IDBKeyRange });

afterEach(() => closeWorkspace());

describe('the workspace database', () => {
  it('opens at version 2 with every table of the domain model, decisions included', async () => {
    const db = await openWorkspace(freshDatabase());
    expect(db.verno).toBe(2);
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
        'decisions',
      ]),
    );
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
    expect(db.verno).toBe(2);
    expect(await db.vendors.toArray()).toEqual([vendor]);
    expect(await db.decisions.count()).toBe(0);
    expect(await db.decisions.where('status').equals('draft').count()).toBe(0);
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
