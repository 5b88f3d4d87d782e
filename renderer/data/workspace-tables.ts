import type { Table } from 'dexie';
import type { AuditEvent, SbomComponent, SbomDocument } from '@shared/domain';
import { flattenSbomDocuments, toSbomDocuments } from '@shared/sbom/documents';
import { workspaceTables } from '@shared/workspace/workspace-data';
import type { WorkspaceTable } from '@shared/workspace/workspace-data';
import type { StoredTable } from '../db/database';
import { workspace } from './database';
import { fromStoredEvent, toStoredEvents } from './stored-audit-events';

/**
 * The database table holding each table of the workspace file. The file lists SBOM components flat; the
 * database keeps them inside one document per dependency (`sboms`), converted here both ways.
 */
const storedTable = (table: WorkspaceTable): StoredTable => (table === 'sbomComponents' ? 'sboms' : table);

/** The database tables behind every table of the workspace file, for a transaction's scope. */
export const storedWorkspaceTables: readonly StoredTable[] = workspaceTables.map(storedTable);

/** The database table behind one table of the workspace file. */
export const storedTableHandle = (table: WorkspaceTable): Table<unknown> =>
  workspace().table(storedTable(table));

/** The rows of one table as the workspace file lists them: SBOM components flat, audit events without their keys. */
const readFileRows = async (table: WorkspaceTable): Promise<unknown[]> => {
  if (table === 'sbomComponents') return flattenSbomDocuments(await workspace().sboms.toArray());
  if (table === 'auditLog') return (await workspace().auditLog.toArray()).map(fromStoredEvent);
  return workspace().table(table).toArray();
};

/**
 * Every table of the workspace as the workspace file lists it (evidence rows with their blobs); call it
 * inside a transaction over `workspaceTableHandles()`.
 */
export const readWorkspaceTables = async (): Promise<Record<WorkspaceTable, unknown[]>> => {
  const tables = await Promise.all(workspaceTables.map(readFileRows));
  return Object.fromEntries(workspaceTables.map((table, index) => [table, tables[index]])) as Record<
    WorkspaceTable,
    unknown[]
  >;
};

/**
 * The rows the database stores for one table of a workspace file: SBOM components as their documents,
 * bulk audit events with the keys of their records.
 */
export const storedRows = (table: WorkspaceTable, rows: readonly unknown[]): readonly unknown[] =>
  table === 'sbomComponents'
    ? toSbomDocuments(rows as SbomComponent[])
    : table === 'auditLog'
      ? toStoredEvents(rows as AuditEvent[])
      : rows;

/** How many records of the workspace file these stored rows hold: an SBOM document holds its components. */
export const recordsHeld = (table: WorkspaceTable, rows: readonly unknown[]): number =>
  table === 'sbomComponents'
    ? (rows as readonly SbomDocument[]).reduce((sum, sbom) => sum + sbom.components.length, 0)
    : rows.length;

/**
 * How many records of the workspace file each table holds now (SBOM components counted one by one), to say
 * what a restore would replace.
 */
export const countRecords = async (): Promise<Record<WorkspaceTable, number>> => {
  const counts = await Promise.all(
    workspaceTables.map(async (table) =>
      table === 'sbomComponents'
        ? recordsHeld(table, await workspace().sboms.toArray())
        : workspace().table(table).count(),
    ),
  );
  return Object.fromEntries(workspaceTables.map((table, index) => [table, counts[index]])) as Record<
    WorkspaceTable,
    number
  >;
};
