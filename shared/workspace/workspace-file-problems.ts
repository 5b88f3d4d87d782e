import type { MessageKey } from '../messages/message-key';
import type { WorkspaceTable } from './workspace-data';
import type { SettingsGroup } from './workspace-settings';

/**
 * One thing wrong with a workspace file. `message` is an i18n key (`workspaceFile.problems.*` or the
 * shared `validation.*` keys); `record` counts from 1 in the table's order in the file, and `field` is
 * the path inside the record ("answers.q1.evidenceIds.0"), or inside the settings group named by `setting`.
 * Absent parts mean the whole file or table.
 */
export interface WorkspaceFileProblem {
  table?: WorkspaceTable;
  setting?: SettingsGroup;
  record?: number;
  id?: string;
  field?: string;
  message: MessageKey;
  params?: Record<string, string | number>;
}

/** A user fixing a file needs the first problems, not ten thousand of the same one. */
export const MAX_PROBLEMS = 200;

/** Collects problems up to the cap and counts the rest, so every table is still checked. */
export class ProblemList {
  private readonly kept: WorkspaceFileProblem[] = [];
  private dropped = 0;

  add(problem: WorkspaceFileProblem): void {
    if (this.kept.length < MAX_PROBLEMS) this.kept.push(problem);
    else this.dropped += 1;
  }

  get isEmpty(): boolean {
    return this.kept.length === 0;
  }

  /** The problems kept, followed by one saying how many more there were. */
  list(): WorkspaceFileProblem[] {
    if (this.dropped === 0) return this.kept;
    return [...this.kept, { message: 'workspaceFile.problems.more', params: { count: this.dropped } }];
  }
}

export const fieldPath = (path: readonly PropertyKey[]): string | undefined =>
  path.length === 0 ? undefined : path.map(String).join('.');
