import type { Table } from 'dexie';
import type { z } from 'zod';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import type { WorkbenchDatabase } from '../db/database';
import { diffRecords } from './audit';
import { audited, type AuditedTransaction } from './audited';

/**
 * Tables whose rows are domain records with id and timestamps, written through these commands: every table
 * of the registry but the evidence (its file travels with it), the audit log, the decisions (written by
 * their own rules) and the SBOM components (stored as one document per dependency, renderer/data/sbom.ts).
 */
export type RecordTableName = Exclude<
  WorkspaceTable,
  'evidence' | 'auditLog' | 'decisions' | 'sbomComponents'
>;

interface StoredRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type RecordSchema<T extends StoredRecord> = z.ZodType<T, unknown>;

const tableOf = <T extends StoredRecord>(db: WorkbenchDatabase, name: RecordTableName): Table<T, string> =>
  db.table<T, string>(name);

/**
 * Validates records with the shared schema and writes them with their audit events, inside the caller's
 * audited transaction (which must include the table), so that every record and its event is written, or
 * nothing is. Input records carry an `id` when they update an existing row (merged over it); a new row gets
 * the id it carries, or a fresh one. Unchanged records are neither written nor audited. A caller that has
 * read the rows it updates in this transaction hands them as `stored`: every other input is then new, and
 * nothing is read.
 */
export const putRecords = async <T extends StoredRecord>(
  tx: AuditedTransaction,
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  inputs: ReadonlyArray<Partial<StoredRecord> & Record<string, unknown>>,
  { stored }: { stored?: ReadonlyMap<string, T> } = {},
): Promise<T[]> => {
  const table = tableOf<T>(tx.db, tableName);
  const now = new Date().toISOString();
  const ids = inputs.map((input) => input.id).filter((id): id is string => typeof id === 'string');
  const existing =
    stored ??
    new Map((await table.bulkGet(ids)).filter((row): row is T => !!row).map((row) => [row.id, row]));
  const records: T[] = [];
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
    tx.record({ table: tableName, recordId: record.id, action: before ? 'update' : 'create', changes });
  }
  await table.bulkPut(records);
  return records;
};

/** One record written as putRecords does; an unchanged one is returned as it is stored. */
export const putRecord = async <T extends StoredRecord>(
  tx: AuditedTransaction,
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  input: Partial<StoredRecord> & Record<string, unknown>,
): Promise<T> => {
  const [saved] = await putRecords(tx, tableName, schema, [input]);
  if (saved) return saved;
  const unchanged = input.id ? await tableOf<T>(tx.db, tableName).get(input.id) : undefined;
  if (!unchanged) throw new Error(`The ${tableName} record was not saved.`);
  return unchanged;
};

/** Creates or updates one record in an audited transaction of its own: see putRecords. */
export const saveRecord = <T extends StoredRecord>(
  tableName: RecordTableName,
  schema: RecordSchema<T>,
  input: Partial<StoredRecord> & Record<string, unknown>,
): Promise<T> => audited([tableName], (tx) => putRecord(tx, tableName, schema, input));

/**
 * Deletes records inside the caller's audited transaction, with an audit event holding each deleted record,
 * so the trail shows what was lost.
 */
export const removeRecords = async (
  tx: AuditedTransaction,
  tableName: RecordTableName,
  ids: readonly string[],
): Promise<void> => {
  const table = tableOf<StoredRecord>(tx.db, tableName);
  const rows = (await table.bulkGet([...ids])).filter((row): row is StoredRecord => !!row);
  await table.bulkDelete(rows.map((row) => row.id));
  for (const row of rows) tx.remove(tableName, row);
};

/** Deletes records in an audited transaction of their own: see removeRecords. */
export const deleteRecords = (tableName: RecordTableName, ids: readonly string[]): Promise<void> =>
  audited([tableName], (tx) => removeRecords(tx, tableName, ids));
