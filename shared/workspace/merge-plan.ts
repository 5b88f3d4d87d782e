import type { Assessment, AuditEvent, Decision, EvidenceRecord } from '../domain';
import { workspaceTables, type WorkspaceRecords, type WorkspaceTable } from './workspace-data';

/** The tables whose records can be changed on both sides; audit events are only ever appended. */
export type MergeTable = Exclude<WorkspaceTable, 'auditLog'>;
export const mergeTables = workspaceTables.filter((table): table is MergeTable => table !== 'auditLog');

/** Any record of a table that merges. */
export type MergeRecord = WorkspaceRecords[MergeTable][number];

/** Which version of a record changed on both sides is kept. */
export type MergeSide = 'current' | 'incoming';

interface Approval {
  approvedBy?: string;
  approvedAt?: string;
}

/**
 * The approval an incoming change would undo: this workspace's approved assessment revision (or its
 * evidence), or its approved decision revision.
 */
export type SignOff = Approval & ({ assessmentId: string } | { decisionId: string });

const approvalOf = (record: Approval): Approval => ({
  ...(record.approvedBy !== undefined && { approvedBy: record.approvedBy }),
  ...(record.approvedAt !== undefined && { approvedAt: record.approvedAt }),
});

/** A record both workspaces hold under the same id, with different content. */
export interface MergeConflict {
  table: MergeTable;
  id: string;
  current: MergeRecord;
  incoming: MergeRecord;
  /** The side saved last (by updatedAt); on a tie, the current one. */
  newer: MergeSide;
  /** Set when this side's version is signed off: theirs would change an approved revision. */
  signedOff?: SignOff;
  /** The side kept unless the user chooses: the newer one, but ours when it is signed off. */
  preselected: MergeSide;
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

/**
 * The sign-off a record of this workspace is under: an approved assessment is locked, and so is the
 * evidence attached to it (its SHA-256 is what the approver saw); an approved decision is locked too.
 */
const signOffOf = (
  table: MergeTable,
  record: MergeRecord,
  approved: ReadonlyMap<string, Assessment>,
): SignOff | undefined => {
  if (table === 'decisions') {
    const decision = record as Decision;
    return decision.status === 'approved' ? { decisionId: decision.id, ...approvalOf(decision) } : undefined;
  }
  const assessmentId =
    table === 'assessments'
      ? record.id
      : table === 'evidence'
        ? (record as EvidenceRecord).assessmentId
        : undefined;
  const assessment = assessmentId === undefined ? undefined : approved.get(assessmentId);
  if (!assessment) return undefined;
  return { assessmentId: assessment.id, ...approvalOf(assessment) };
};

const planTable = (
  current: readonly MergeRecord[],
  incoming: readonly MergeRecord[],
  table: MergeTable,
  approved: ReadonlyMap<string, Assessment>,
) => {
  const here = new Map(current.map((record) => [record.id, record]));
  const incomingIds = new Set(incoming.map((record) => record.id));
  const plan: TableMergePlan = { added: [], identical: [], conflicts: [], onlyHere: [] };
  for (const record of incoming) {
    const mine = here.get(record.id);
    if (!mine) plan.added.push(record);
    else if (canonicalJson(mine) === canonicalJson(record)) plan.identical.push(mine);
    else {
      const newer = record.updatedAt > mine.updatedAt ? 'incoming' : 'current';
      const signedOff = signOffOf(table, mine, approved);
      plan.conflicts.push({
        table,
        id: record.id,
        current: mine,
        incoming: record,
        newer,
        ...(signedOff && { signedOff }),
        preselected: signedOff ? 'current' : newer,
      });
    }
  }
  plan.onlyHere = current.filter((record) => !incomingIds.has(record.id));
  return plan;
};

/**
 * Compares a colleague's workspace with this one, table by table: what it adds, what both hold alike,
 * what both changed (with the newer side, and the side preselected: never theirs over a revision signed
 * off here) and what only this one holds. Evidence compares by its record, whose SHA-256 stands for its
 * bytes.
 */
export const planMerge = (current: WorkspaceRecords, incoming: WorkspaceRecords): MergePlan => {
  const approved = new Map(
    current.assessments
      .filter((assessment) => assessment.status === 'approved')
      .map((assessment) => [assessment.id, assessment]),
  );
  const tables = Object.fromEntries(
    mergeTables.map((table) => [table, planTable(current[table], incoming[table], table, approved)]),
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

/** The preselected side of every conflict: the choices a merge starts from. */
export const preselectedChoices = (plan: MergePlan): Map<string, MergeSide> =>
  new Map(mergeConflicts(plan).map((conflict) => [conflict.id, conflict.preselected]));

/**
 * One side for every conflict at once ("all newer", "all theirs"), except that a revision signed off here
 * keeps ours: undoing an approval is a choice made record by record.
 */
export const choicesForAll = (plan: MergePlan, side: MergeSide | 'newer'): Map<string, MergeSide> =>
  new Map(
    mergeConflicts(plan).map((conflict) => [
      conflict.id,
      conflict.signedOff ? 'current' : side === 'newer' ? conflict.newer : side,
    ]),
  );
