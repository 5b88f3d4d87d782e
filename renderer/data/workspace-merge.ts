import {
  applyChoices,
  markImported,
  type MergeOutcome,
  type MergeSummary,
} from '@shared/workspace/merge-apply';
import { planMerge, type MergePlan, type MergeSide } from '@shared/workspace/merge-plan';
import { differingSettings } from '@shared/workspace/merge-settings';
import { workspaceTables, type WorkspaceRecords } from '@shared/workspace/workspace-data';
import type { SbomComponent } from '@shared/domain';
import type { WorkspaceFileContents } from '@shared/workspace/workspace-file';
import type { SettingsGroup } from '@shared/workspace/workspace-settings';
import type { EvidenceRow } from '../db/database';
import { discardAnswerDrafts } from './answer-drafts';
import { diffRecords } from './audit';
import { audited } from './audited';
import { workspace } from './database';
import { mergeSbomComponents } from './sbom';
import { toStoredEvents } from './stored-audit-events';
import { readWorkspaceSettings } from './workspace-settings';
import { readWorkspaceTables, storedWorkspaceTables } from './workspace-tables';

/** Every record of this workspace, evidence without its blob; call it inside a transaction over every table. */
const currentRecords = async (): Promise<WorkspaceRecords> => {
  const records = await readWorkspaceTables();
  const evidence = (records.evidence as EvidenceRow[]).map(({ blob: _blob, ...record }) => record);
  return { ...records, evidence } as unknown as WorkspaceRecords;
};

/** What a merge would do: the records' plan, and the settings groups theirs has otherwise (ours are kept). */
export interface MergePreview {
  plan: MergePlan;
  differingSettings: SettingsGroup[];
}

/** What merging a colleague's workspace file would add, skip and ask about, against this workspace now. */
export const previewMerge = async ({ records, settings }: WorkspaceFileContents): Promise<MergePreview> =>
  workspace().transaction('r', [...storedWorkspaceTables, 'settings'], async () => ({
    plan: planMerge(await currentRecords(), records),
    differingSettings: differingSettings(await readWorkspaceSettings(workspace()), settings),
  }));

/** What a merge did: its outcome, and, when it merged, the settings groups theirs had otherwise (ours kept). */
export type WorkspaceMergeOutcome =
  | (Extract<MergeOutcome, { ok: true }> & { differingSettings: SettingsGroup[] })
  | Extract<MergeOutcome, { ok: false }>;

/** Records written per step of a merge, between two progress reports and cancel checks. */
const ROWS_PER_STEP = 2000;

const total = (summary: MergeSummary, count: 'added' | 'updated' | 'skipped'): number =>
  workspaceTables.reduce((sum, table) => sum + summary[table][count], 0);

/**
 * Merges a colleague's checked workspace file (read with its SHA-256) into this one, in one transaction:
 * planned again against the workspace as it is now, the user's choices applied (the preselected side
 * where none was made: never theirs over a revision signed off here), the links checked — on a problem
 * nothing is written — then the added and taken records written, the colleague's new audit events
 * appended marked as imported from `fileName`, and the merge recorded by two events of its own: one
 * (action `merge`) listing each record it wrote with what its own event would have said (action, fields
 * before and after), found per record as an import's are, and one with its summary. This workspace's
 * settings are kept; the groups theirs has otherwise are returned, for the summary to name. Answer drafts
 * of the assessments it wrote are discarded once it commits. The records are written in steps, each
 * reported to `onProgress`; an abort of `signal` before the end rejects with its reason and aborts the
 * transaction, so nothing of the merge is kept.
 */
export const mergeWorkspace = async (
  { records, settings, evidenceFiles, exportedAt, fileSha256 }: WorkspaceFileContents,
  choices: ReadonlyMap<string, MergeSide>,
  {
    fileName,
    onProgress,
    signal,
  }: { fileName: string; onProgress?: (done: number, total: number) => void; signal?: AbortSignal },
): Promise<WorkspaceMergeOutcome> => {
  if (fileSha256 === undefined) throw new Error('A merged file must be read with its SHA-256.');
  const outcome = await audited(
    storedWorkspaceTables,
    async (tx) => {
      const { db } = tx;
      const outcome = applyChoices(planMerge(await currentRecords(), records), choices);
      if (!outcome.ok) return outcome;
      const writeCount = Object.values(outcome.writes).reduce((sum, writes) => sum + writes.length, 0);
      let written = 0;
      const wrote = (count: number) => {
        written += count;
        onProgress?.(written, writeCount);
      };
      for (const [table, writes] of Object.entries(outcome.writes)) {
        signal?.throwIfAborted();
        if (table === 'sbomComponents') {
          const components = writes.map(({ after }) => after as SbomComponent);
          await mergeSbomComponents(tx, components);
          wrote(components.length);
          continue;
        }
        const rows = writes.map(({ after }) => {
          if (table !== 'evidence') return after;
          const blob = evidenceFiles.get(after.id);
          if (!blob) throw new Error(`Evidence ${after.id} has no file in the merged workspace.`);
          return { ...after, blob };
        });
        for (let start = 0; start < rows.length; start += ROWS_PER_STEP) {
          signal?.throwIfAborted();
          const step = rows.slice(start, start + ROWS_PER_STEP);
          await db.table<unknown>(table).bulkPut(step);
          wrote(step.length);
        }
        for (const { before, after } of writes) {
          tx.record({
            table: table as keyof typeof outcome.writes,
            recordId: after.id,
            action: before ? 'update' : 'create',
            changes: diffRecords(before, after),
          });
        }
      }
      const { summary } = outcome;
      const mergeEvent = tx.recordAlone({
        table: 'settings',
        recordId: 'workspace',
        action: 'update',
        changes: {
          mergedFrom: [null, exportedAt],
          fileName: [null, fileName],
          sha256: [null, fileSha256],
          added: [null, total(summary, 'added')],
          updated: [null, total(summary, 'updated')],
          skipped: [null, total(summary, 'skipped')],
        },
      });
      const imported = markImported(outcome.auditEvents, {
        fileName,
        sha256: fileSha256,
        by: tx.actor,
        at: mergeEvent.at,
      });
      // The colleague's own events are records the merge copies, as it copies the others.
      await db.auditLog.bulkAdd(toStoredEvents(imported));
      const differing = differingSettings(await readWorkspaceSettings(db), settings);
      signal?.throwIfAborted();
      return { ...outcome, auditEvents: imported, differingSettings: differing };
    },
    { bulk: { action: 'merge', table: 'settings', source: fileName } },
  );
  if (outcome.ok) discardAnswerDrafts(outcome.writes.assessments.map(({ after }) => after.id));
  return outcome;
};
