import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { readDependencies, readFirstDependencies } from '@renderer/data/dependencies';
import { FIRST_ROWS } from '@renderer/data/firstRows';
import { readFirstVendors, readVendors } from '@renderer/data/vendors';
import { storedDependency, storedVendor } from '../fixtures/records';
import { memoryStorage } from './memory-storage';

const names = (rows: readonly { name: string }[]): string[] => rows.map((row) => row.name);

beforeEach(async () => {
  globalThis.localStorage = memoryStorage();
  await openWorkspace(new WorkbenchDatabase('first-rows', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

afterEach(() => closeWorkspace());

describe('readFirstVendors', () => {
  it('gives the first rows of the list in its order (by name as a reader sorts, numbers by value), no more than FIRST_ROWS', async () => {
    // Stored in an order that is neither the list's nor the ids': "Vendor 10" after "Vendor 9", "alpha" first.
    const vendors = [
      ...Array.from({ length: FIRST_ROWS + 20 }, (_, index) =>
        storedVendor(`Vendor ${FIRST_ROWS + 20 - index}`),
      ),
      storedVendor('alpha Networks'),
    ];
    await workspace().vendors.bulkPut(vendors);

    const whole = await readVendors();
    const first = await readFirstVendors();

    expect(first).toHaveLength(FIRST_ROWS);
    expect(names(first)).toEqual(names(whole.slice(0, FIRST_ROWS)));
    expect(names(first).slice(0, 4)).toEqual(['alpha Networks', 'Vendor 1', 'Vendor 2', 'Vendor 3']);
    expect(first[FIRST_ROWS - 1]?.name).toBe(`Vendor ${FIRST_ROWS - 1}`);
  });

  it('gives every row of a table smaller than FIRST_ROWS, as stored now, leaving out a row deleted since', async () => {
    const [zulu, bravo, mike] = [
      storedVendor('Zulu Radio'),
      storedVendor('Bravo Core'),
      storedVendor('Mike Optics'),
    ];
    await workspace().vendors.bulkPut([zulu, bravo, mike]);
    await readVendors();
    await workspace().vendors.put({ ...bravo, notes: 'Edited after the list was read' });
    await workspace().vendors.delete(mike.id);

    const first = await readFirstVendors();

    expect(names(first)).toEqual(['Bravo Core', 'Zulu Radio']);
    expect(first[0]?.notes).toBe('Edited after the list was read');
  });

  it('gives nothing before the list was ever read whole, so the screen waits for the whole table', async () => {
    await workspace().vendors.bulkPut([storedVendor('Nordic Radio')]);
    expect(await readFirstVendors()).toEqual([]);
  });
});

describe('readFirstDependencies', () => {
  it('gives the first dependencies in the list order with their vendors, and no other vendor', async () => {
    const [nordic, atlantic, unused] = [
      storedVendor('Nordic'),
      storedVendor('Atlantic'),
      storedVendor('Unused'),
    ];
    await workspace().vendors.bulkPut([nordic, atlantic, unused]);
    await workspace().dependencies.bulkPut([
      storedDependency('Radio unit 10', nordic.id),
      storedDependency('Radio unit 9', atlantic.id),
      storedDependency('core switch', nordic.id),
    ]);
    await readDependencies();

    const first = await readFirstDependencies();

    expect(names(first.dependencies)).toEqual(['core switch', 'Radio unit 9', 'Radio unit 10']);
    expect(names(first.vendors).sort()).toEqual(['Atlantic', 'Nordic']);
  });
});
