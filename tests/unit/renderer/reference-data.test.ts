import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import {
  builtInReferenceEntries,
  deleteReferenceEntry,
  restoreBuiltInReferenceEntries,
  saveReferenceEntry,
  seedReferenceEntries,
} from '@renderer/data/reference';
import { saveSettings } from '@renderer/data/settings';

const huaweiId = builtInReferenceEntries.find((entry) => entry.name.startsWith('Huawei'))?.id ?? '';
const referenceEvents = async () =>
  (await workspace().auditLog.toArray()).filter((event) => event.table === 'referenceEntries');

let factory: IDBFactory;
const open = () =>
  openWorkspace(new WorkbenchDatabase('reference-data', { indexedDB: factory, IDBKeyRange }));

beforeEach(async () => {
  factory = new IDBFactory();
  await open();
});

afterEach(() => closeWorkspace());

describe('seedReferenceEntries', () => {
  it('writes the built-in FCC Covered List once, each entry with a create event by "system"', async () => {
    expect(await seedReferenceEntries()).toBe(10);
    const entries = await workspace().referenceEntries.toArray();
    expect(entries).toHaveLength(10);
    expect(entries.every((entry) => entry.list === 'fcc-covered')).toBe(true);
    expect(await workspace().referenceEntries.get(huaweiId)).toMatchObject({
      name: 'Huawei Technologies Company',
      since: '2021-03-12',
      source: 'https://www.fcc.gov/supplychain/coveredlist',
    });
    const events = await referenceEvents();
    expect(events).toHaveLength(10);
    expect(events.every((event) => event.action === 'create' && event.actor === 'system')).toBe(true);

    expect(await seedReferenceEntries()).toBe(0);
    expect(await workspace().referenceEntries.count()).toBe(10);
  });

  it('does not bring back entries the user deleted or edited, even after the workspace is reopened', async () => {
    await seedReferenceEntries();
    await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
    await deleteReferenceEntry(huaweiId);
    const [zte] = await workspace()
      .referenceEntries.filter((entry) => entry.name === 'ZTE Corporation')
      .toArray();
    await saveReferenceEntry({ ...zte!, since: '2021-03-13' });
    closeWorkspace();
    await open();

    await seedReferenceEntries();
    expect(await workspace().referenceEntries.get(huaweiId)).toBeUndefined();
    expect((await workspace().referenceEntries.get(zte!.id))?.since).toBe('2021-03-13');
    const byUser = (await referenceEvents()).filter((event) => event.actor === 'Ines Moreau');
    expect(byUser.map((event) => event.action).sort()).toEqual(['delete', 'update']);
  });
});

describe('restoreBuiltInReferenceEntries', () => {
  it('adds back only the missing built-in entries, audited as the user, and keeps edits', async () => {
    await seedReferenceEntries();
    await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
    await deleteReferenceEntry(huaweiId);
    const [zte] = await workspace()
      .referenceEntries.filter((entry) => entry.name === 'ZTE Corporation')
      .toArray();
    await saveReferenceEntry({ ...zte!, aliases: ['ZTE'] });

    expect(await restoreBuiltInReferenceEntries()).toBe(1);
    expect(await workspace().referenceEntries.count()).toBe(10);
    expect((await workspace().referenceEntries.get(huaweiId))?.name).toBe('Huawei Technologies Company');
    expect((await workspace().referenceEntries.get(zte!.id))?.aliases).toEqual(['ZTE']);
    const restored = (await referenceEvents()).filter(
      (event) => event.recordId === huaweiId && event.action === 'create' && event.actor === 'Ines Moreau',
    );
    expect(restored).toHaveLength(1);

    expect(await restoreBuiltInReferenceEntries()).toBe(0);
  });
});

describe('saveReferenceEntry', () => {
  it('refuses an entry without a name or with an impossible date and writes nothing', async () => {
    await expect(saveReferenceEntry({ list: 'other', name: '  ' })).rejects.toThrow();
    await expect(saveReferenceEntry({ list: 'other', name: 'Acme', since: '2025-02-30' })).rejects.toThrow();
    expect(await workspace().referenceEntries.count()).toBe(0);
    expect(await workspace().auditLog.count()).toBe(0);
  });
});
