import type { AuditEvent } from '../domain';
import { workspaceTables, type WorkspaceRecords } from './workspace-data';
import type { WorkspaceTable } from './workspace-file-schema';

/** The tables whose records can be changed on both sides; audit events are only ever appended. */
export type MergeTable = Exclude<WorkspaceTable, 'auditLog'>;
export const mergeTables = workspaceTables.filter((table): table is MergeTable => table !== 'auditLog');

/** Any record of a table that merges. */
export type MergeRecord = WorkspaceRecords[MergeTable][number];

/** Which version of a record changed on both sides is kept. */
export type MergeSide = 'current' | 'incoming';

/** A record both workspaces hold under the same id, with different content. */
export interface MergeConflict {
  table: MergeTable;
  id: string;
  current: MergeRecord;
  incoming: MergeRecord;
  /** The side saved last (by updatedAt); on a tie, the current one. */
  newer: MergeSide;
}

/** What a merge would do to one table. */
export interface TableMergePlan {
  /** Incoming records whose id this workspace lacks. */
  added: MergeRecord[];
  /** Records both sides hold exactly alike: skipped. */
  identical: MergeRecord[];
  conflicts: MergeConflict[];
  /** Records only this workspace holds: kept as they are. */
  onlyHere: MergeRecord[];
}

export interface MergePlan {
  tables: Record<MergeTable, TableMergePlan>;
  /** Incoming audit events with ids this workspace lacks (appended) and those it already has (skipped). */
  auditLog: { added: AuditEvent[]; identical: AuditEvent[] };
}

const sortedKeys = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** A record as JSON with its keys sorted at every level, so the order fields were written in does not matter. */
export const canonicalJson = (record: unknown): string => JSON.stringify(record, sortedKeys);

const planTable = (current: readonly MergeRecord[], incoming: readonly MergeRecord[], table: MergeTable) => {
  const here = new Map(current.map((record) => [record.id, record]));
  const incomingIds = new Set(incoming.map((record) => record.id));
  const plan: TableMergePlan = { added: [], identical: [], conflicts: [], onlyHere: [] };
  for (const record of incoming) {
    const mine = here.get(record.id);
    if (!mine) plan.added.push(record);
    else if (canonicalJson(mine) === canonicalJson(record)) plan.identical.push(mine);
    else {
      const newer = record.updatedAt > mine.updatedAt ? 'incoming' : 'current';
      plan.conflicts.push({ table, id: record.id, current: mine, incoming: record, newer });
    }
  }
  plan.onlyHere = current.filter((record) => !incomingIds.has(record.id));
  return plan;
};

/**
 * Compares a colleague's workspace with this one, table by table: what it adds, what both hold alike,
 * what both changed (with the newer side) and what only this one holds. Evidence compares by its record,
 * whose SHA-256 stands for its bytes.
 */
export const planMerge = (current: WorkspaceRecords, incoming: WorkspaceRecords): MergePlan => {
  const tables = Object.fromEntries(
    mergeTables.map((table) => [table, planTable(current[table], incoming[table], table)]),
  ) as Record<MergeTable, TableMergePlan>;
  const knownEvents = new Set(current.auditLog.map((event) => event.id));
  return {
    tables,
    auditLog: {
      added: incoming.auditLog.filter((event) => !knownEvents.has(event.id)),
      identical: incoming.auditLog.filter((event) => knownEvents.has(event.id)),
    },
  };
};

/** Every record changed on both sides, table after table. */
export const mergeConflicts = (plan: MergePlan): MergeConflict[] =>
  mergeTables.flatMap((table) => plan.tables[table].conflicts);

/** The newer side of every conflict: the choices a merge starts from. */
export const newerChoices = (plan: MergePlan): Map<string, MergeSide> =>
  new Map(mergeConflicts(plan).map((conflict) => [conflict.id, conflict.newer]));
