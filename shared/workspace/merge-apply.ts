import type { AuditEvent, AuditImport } from '../domain';
import { mergeTables, type MergePlan, type MergeRecord, type MergeSide, type MergeTable } from './merge-plan';
import { workspaceTables, type WorkspaceRecords, type WorkspaceTable } from './workspace-data';
import { ProblemList, type WorkspaceFileProblem } from './workspace-file-problems';
import { checkReferences } from './workspace-references';

/** One record a merge writes: `before` is this workspace's version when the merge replaces it. */
export interface MergeWrite {
  before?: MergeRecord;
  after: MergeRecord;
}

/** What a merge did to one table; skipped counts the identical records and the conflicts kept as they were. */
export interface TableMergeSummary {
  added: number;
  updated: number;
  skipped: number;
}

export type MergeSummary = Record<WorkspaceTable, TableMergeSummary>;

export type MergeOutcome =
  | {
      ok: true;
      writes: Record<MergeTable, MergeWrite[]>;
      auditEvents: AuditEvent[];
      summary: MergeSummary;
    }
  | { ok: false; problems: WorkspaceFileProblem[] };

const MISSING_REFERENCE = 'workspaceFile.problems.missingReference';

/** Every link of the merged workspace that points nowhere, worded for a merge. */
const danglingLinks = (merged: WorkspaceRecords): WorkspaceFileProblem[] => {
  const ids = new Map(
    workspaceTables.map((table) => [table, new Set(merged[table].map((record) => record.id))] as const),
  );
  const problems = new ProblemList();
  checkReferences(merged, ids, new Map(), problems);
  return problems
    .list()
    .map((problem) =>
      problem.message === MISSING_REFERENCE
        ? { ...problem, message: 'workspaceMerge.problems.missingReference' }
        : problem,
    );
};

/**
 * Applies the user's choice for each record changed on both sides (absent: the preselected side) and returns
 * the records to write with a summary — or, when the merged workspace would hold a link to a record
 * neither side has, the problems and nothing to write.
 */
export const applyChoices = (plan: MergePlan, choices: ReadonlyMap<string, MergeSide>): MergeOutcome => {
  const merged = { auditLog: [] } as unknown as Record<WorkspaceTable, MergeRecord[]>;
  const writes = {} as Record<MergeTable, MergeWrite[]>;
  const summary = {} as MergeSummary;
  for (const table of mergeTables) {
    const { added, identical, conflicts, onlyHere } = plan.tables[table];
    const taken = conflicts.filter(
      (conflict) => (choices.get(conflict.id) ?? conflict.preselected) === 'incoming',
    );
    const kept = conflicts.filter((conflict) => !taken.includes(conflict));
    writes[table] = [
      ...added.map((after) => ({ after })),
      ...taken.map(({ current, incoming }) => ({ before: current, after: incoming })),
    ];
    merged[table] = [
      ...onlyHere,
      ...identical,
      ...kept.map((conflict) => conflict.current),
      ...writes[table].map((write) => write.after),
    ];
    summary[table] = { added: added.length, updated: taken.length, skipped: identical.length + kept.length };
  }
  summary.auditLog = {
    added: plan.auditLog.added.length,
    updated: 0,
    skipped: plan.auditLog.identical.length,
  };

  const problems = danglingLinks(merged as unknown as WorkspaceRecords);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, writes, auditEvents: plan.auditLog.added, summary };
};

/**
 * The colleague's audit events as this workspace keeps them: each marked as imported (from which file, by
 * whom, when), since its actor and time are only what the file says.
 */
export const markImported = (events: readonly AuditEvent[], imported: AuditImport): AuditEvent[] =>
  events.map((event) => ({ ...event, imported }));
