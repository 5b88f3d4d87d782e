import {
  workspaceTables,
  type WorkspaceRecords,
  type WorkspaceTable,
} from '@shared/workspace/workspace-data';
import { readWorkspaceTables, storedRows, storedTableHandle } from '@renderer/data/workspace-tables';

/**
 * Writes a workspace's records straight into the database, as the app would have stored them: evidence with
 * its bytes, SBOM components inside their dependency's document.
 */
export const storeRecords = async (
  records: WorkspaceRecords,
  evidenceBytes: ReadonlyMap<string, Uint8Array<ArrayBuffer>>,
): Promise<void> => {
  for (const table of workspaceTables) {
    const rows =
      table === 'evidence'
        ? records.evidence.map((record) => ({ ...record, blob: new Blob([evidenceBytes.get(record.id)!]) }))
        : storedRows(table, records[table]);
    await storedTableHandle(table).bulkAdd(rows);
  }
};

/** Every table of the workspace as the workspace file lists it, rows sorted by id. */
export const storedRecords = async (): Promise<Record<WorkspaceTable, Array<Record<string, unknown>>>> => {
  const tables = (await readWorkspaceTables()) as Record<WorkspaceTable, Array<{ id: string }>>;
  return Object.fromEntries(
    workspaceTables.map((table) => [
      table,
      [...tables[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  ) as unknown as Record<WorkspaceTable, Array<Record<string, unknown>>>;
};

/** Empties every table of the workspace file. */
export const clearRecords = async (): Promise<void> => {
  for (const table of workspaceTables) await storedTableHandle(table).clear();
};
