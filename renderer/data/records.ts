import type { Table } from 'dexie';
import type { z } from 'zod';
import type { AuditEvent } from '@shared/domain';
import type { WorkbenchDatabase } from '../db/database';
import { buildAuditEvent, currentActor, diffRecords } from './audit';
import { workspace } from './database';

/** Tables whose rows are domain records with id and timestamps, written through these commands. */
export type RecordTableName =
  | 'vendors'
  | 'dependencies'
  | 'licences'
  | 'risks'
  | 'checklists'
  | 'assessments'
  | 'reports'
  | 'referenceEntries'
  | 'declarationSets'
  | 'royaltyRates';

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type RecordSchema<T extends StoredRecord> = z.ZodType<T, unknown>;

const tableOf = <T extends StoredRecord>(db: WorkbenchDatabase, name: RecordTableName): Table<T, string> =>
  db.table<T, string>(name);

/**
 * Validates records with the shared schema and writes them with their audit events. Call it inside a
 * transaction that includes the table, `auditLog` and `settings`, so that every record and its event
 * is written, or nothing is. Input records carry an `id` when they update an existing row (merged over
 * it); a new row gets the id it carries, or a fresh one. Unchanged records are neither written nor audited.
 */
export const putRecords = async <T extends StoredRecord>(
  db: WorkbenchDatabase,
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  inputs: ReadonlyArray<Partial<StoredRecord> & Record<string, unknown>>,
): Promise<T[]> => {
  const table = tableOf<T>(db, tableName);
  const now = new Date().toISOString();
  const actor = await currentActor(db);
  const ids = inputs.map((input) => input.id).filter((id): id is string => typeof id === 'string');
  const existing = new Map(
    (await table.bulkGet(ids)).filter((row): row is T => !!row).map((row) => [row.id, row]),
  );
  const records: T[] = [];
  const events: AuditEvent[] = [];
  for (const input of inputs) {
    const before = input.id ? existing.get(input.id) : undefined;
    const record = schema.parse({
      ...before,
      ...input,
      id: before?.id ?? input.id ?? crypto.randomUUID(),
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    });
    const changes = diffRecords(before, record);
    if (before && Object.keys(changes).length === 0) continue;
    records.push(record);
    events.push(
      buildAuditEvent(actor, {
        table: tableName,
        recordId: record.id,
        action: before ? 'update' : 'create',
        changes,
      }),
    );
  }
  await table.bulkPut(records);
  await db.auditLog.bulkAdd(events);
  return records;
};

/** Creates or updates records in one transaction of their own: see putRecords. */
export const upsertRecords = async <T extends StoredRecord>(
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  inputs: ReadonlyArray<Partial<StoredRecord> & Record<string, unknown>>,
): Promise<T[]> => {
  const db = workspace();
  return db.transaction('rw', tableOf<T>(db, tableName), db.auditLog, db.settings, () =>
    putRecords(db, tableName, schema, inputs),
  );
};

export const saveRecord = async <T extends StoredRecord>(
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  input: Partial<StoredRecord> & Record<string, unknown>,
): Promise<T> => {
  const [saved] = await upsertRecords(tableName, schema, [input]);
  if (saved) return saved;
  const unchanged = input.id ? await tableOf<T>(workspace(), tableName).get(input.id) : undefined;
  if (!unchanged) throw new Error(`The ${tableName} record was not saved.`);
  return unchanged;
};

/** Deletes records with an audit event holding each deleted record, so the trail shows what was lost. */
export const deleteRecords = async (tableName: RecordTableName, ids: readonly string[]): Promise<void> => {
  const db = workspace();
  const table = tableOf<StoredRecord>(db, tableName);
  await db.transaction('rw', table, db.auditLog, db.settings, async () => {
    const actor = await currentActor(db);
    const rows = (await table.bulkGet([...ids])).filter((row): row is StoredRecord => !!row);
    await table.bulkDelete(rows.map((row) => row.id));
    await db.auditLog.bulkAdd(
      rows.map((row) =>
        buildAuditEvent(actor, {
          table: tableName,
          recordId: row.id,
          action: 'delete',
          changes: diffRecords(row, undefined),
        }),
      ),
    );
  });
};
