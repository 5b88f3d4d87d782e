import type { MessageKey } from '../messages/message-key';

/**
 * One thing wrong with an imported file. `message` is an i18n key (`importer.problems.*` or the shared
 * `validation.*` keys) so the preview shows it in the user's language; `row` is the row number as the
 * spreadsheet shows it (header = row 1) and `column` the header as written in the file.
 */
export interface ImportProblem {
  row?: number;
  column?: string;
  message: MessageKey;
  params?: Record<string, string | number>;
  /** The offending cell (or list item), quoted back so the user can find it. */
  value?: string;
}

/** Longest cell value quoted back in a message: enough to recognise it, not a wall of text. */
const MAX_QUOTED = 60;

export const quoteValue = (value: string): string =>
  value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;

/** File order: file-level problems first, then by row, then by column position in the file. */
export const sortProblems = (problems: ImportProblem[], columnOrder: readonly string[]): ImportProblem[] =>
  problems.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      columnOrder.indexOf(a.column ?? '') - columnOrder.indexOf(b.column ?? ''),
  );
