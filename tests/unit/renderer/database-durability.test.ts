import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { storedVendor } from '../fixtures/records';

describe('database durability', () => {
  it('asks IndexedDB for strict durability on every write, so a confirmed save survives a power cut', async () => {
    // Dexie binds the IndexedDB connection's transaction method when it opens, so the spy comes first.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = new WorkbenchDatabase('durability-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    await db.vendors.put(storedVendor('Alpha Radio'));
    await db.transaction('rw', [db.vendors, db.auditLog], async () => {
      await db.vendors.put(storedVendor('Bravo Core'));
    });
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes).toHaveLength(2);
    for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' });
    db.close();
    transaction.mockRestore();
  });
});
