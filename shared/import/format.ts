import type { ImportProblem } from './problems';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The sentence a user reads for a problem, naming the row as their spreadsheet numbers it, the column
 * as they headed it and the value they wrote: "Row 4, criticality “7”: Choose a criticality from 1…".
 */
export const formatProblem = (problem: ImportProblem, translate: Translate): string => {
  const message = translate(problem.message, problem.params);
  const { row, column, value } = problem;
  if (row === undefined) return message;
  if (column === undefined) return translate('importer.problem.row', { row, message });
  if (value === undefined) return translate('importer.problem.cell', { row, column, message });
  return translate('importer.problem.cellWithValue', { row, column, value, message });
};
