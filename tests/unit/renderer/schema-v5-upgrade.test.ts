import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { SCHEMA_V4 } from '@renderer/db/schema-v4';
import { SCHEMA_V5 } from '@renderer/db/schema-v5';
import { readRecordEvents } from '@renderer/data/audit-trail';
import { closeWorkspace, openWorkspace } from '@renderer/data/database';
import { storedRows } from '@renderer/data/workspace-tables';
import { workspaceTables } from '@shared/workspace/workspace-data';
import { sampleWorkspace } from '../shared/workspace-fixture';
import { storedRecords } from './stored-records';

/** The indexes of a table as Dexie declares them, primary key first ("id", "*tags", "[a+b]"). */
const declared = (schema: string): string[] => schema.split(',').map((index) => index.trim());

afterEach(() => closeWorkspace());

describe('the upgrade of a version 4 database to version 5', () => {
  it('keeps every record of every table, the settings and the audit trail, and drops only indexes', async () => {
    const factory = new IDBFactory();
    const { records, evidenceBytes } = await sampleWorkspace();
    const version4 = new Dexie('workbench-test', { indexedDB: factory, IDBKeyRange });
    version4.version(4).stores(SCHEMA_V4);
    await version4.open();
    for (const table of workspaceTables) {
      const rows =
        table === 'evidence'
          ? records.evidence.map((record) => ({ ...record, blob: new Blob([evidenceBytes.get(record.id)!]) }))
          : storedRows(table, records[table]);
      await version4.table(table === 'sbomComponents' ? 'sboms' : table).bulkAdd([...rows]);
    }
    const profile = { key: 'profile', userName: 'Ines', organisationName: 'Atlantic Telecom' };
    await version4.table('settings').put(profile);
    const before = Object.fromEntries(
      await Promise.all(version4.tables.map(async (table) => [table.name, await table.count()] as const)),
    );
    version4.close();

    const db = await openWorkspace(
      new WorkbenchDatabase('workbench-test', { indexedDB: factory, IDBKeyRange }),
    );
    expect(db.verno).toBe(5);
    // Every table holds what it held, record for record.
    const after = await storedRecords();
    for (const table of workspaceTables) {
      const { evidence: _bytes, ...withoutBlobs } = after;
      if (table === 'evidence') continue;
      const byId = (a: { id?: unknown }, b: { id?: unknown }) => String(a.id).localeCompare(String(b.id));
      expect([...withoutBlobs[table]].sort(byId), table).toEqual([...records[table]].sort(byId));
    }
    expect(after.evidence.map(({ blob: _blob, ...record }) => record)).toEqual(records.evidence);
    expect(
      Object.fromEntries(
        await Promise.all(db.tables.map(async (table) => [table.name, await table.count()])),
      ),
    ).toEqual(before);
    expect(await db.settings.get('profile')).toEqual(profile);

    // Only the indexes version 5 declares are left, and the one it adds answers.
    for (const table of db.tables) {
      const indexes = table.schema.indexes.map((index) => index.src);
      expect(indexes.sort(), table.name).toEqual(
        declared(SCHEMA_V5[table.name as keyof typeof SCHEMA_V5])
          .slice(1)
          .sort(),
      );
    }
    const [event] = records.auditLog;
    const trail = await readRecordEvents(db, [{ table: 'vendors', id: event!.recordId }]);
    expect(trail).toEqual([event]);
  });

  it('drops the indexes no query of the app uses, and keeps each one a query reads', () => {
    const dropped = Object.fromEntries(
      Object.entries(SCHEMA_V4).map(([table, schema]) => {
        const kept = new Set(declared(SCHEMA_V5[table as keyof typeof SCHEMA_V5]));
        return [table, declared(schema).filter((index) => !kept.has(index))];
      }),
    );
    expect(dropped).toEqual({
      vendors: ['name', 'hqCountry', 'ownership', 'updatedAt', '*tags'],
      dependencies: ['name', 'kind', 'domain', 'criticality', 'updatedAt', '*tags', '*standards'],
      licences: ['title', 'type', 'endDate', 'updatedAt'],
      risks: ['title', 'category', 'status', 'reviewDate', 'updatedAt'],
      checklists: ['name', 'subjectType'],
      assessments: ['status', 'dueDate'],
      evidence: ['sha256'],
      auditLog: [],
      reports: [],
      referenceEntries: ['list', 'name'],
      sboms: [],
      declarationSets: [],
      royaltyRates: ['holderId'],
      decisions: ['status', 'dueDate'],
      settings: [],
    });
  });
});
