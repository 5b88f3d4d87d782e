import type { z } from 'zod';
import { splitItems } from './cells';
import type { ImportColumn } from './columns';
import { quoteValue, type ImportProblem } from './problems';
import { issueKey } from '../domain/zod-messages';

const startsWith = (path: readonly PropertyKey[], prefix: readonly string[]): boolean =>
  prefix.every((key, index) => path[index] === key);

/** The cell, or for a ';'-separated cell the item the issue is about, quoted back to the user. */
const offendingValue = (
  column: ImportColumn,
  cell: string,
  path: readonly PropertyKey[],
): string | undefined => {
  const item = path[column.path.length];
  const value = column.many && typeof item === 'number' ? (splitItems(cell)[item] ?? cell) : cell;
  return value.trim() === '' ? undefined : quoteValue(value.trim());
};

/**
 * Turns the shared schema's issues on one row into problems naming the row, the column as headed in the
 * file and the offending value. A column that already has a problem (an unresolved link) is not
 * reported twice.
 */
export const issueProblems = (
  issues: readonly z.core.$ZodIssue[],
  row: number,
  cells: ReadonlyMap<ImportColumn, { header: string; cell: string }>,
  alreadyReported: ReadonlySet<string>,
): ImportProblem[] => {
  const problems: ImportProblem[] = [];
  const reported = new Set(alreadyReported);
  for (const issue of issues) {
    const match = [...cells].find(([column]) => startsWith(issue.path, column.path));
    const header = match?.[1].header;
    if (header !== undefined && reported.has(header)) continue;
    if (header !== undefined) reported.add(header);
    problems.push({
      row,
      message: issueKey(issue),
      ...(match && { column: match[1].header, value: offendingValue(match[0], match[1].cell, issue.path) }),
    });
  }
  return problems;
};
