import { idSchema } from '../domain/common';
import type { ImportProblem } from './problems';
import { RecordIndex, nameKey, type NamedRecord } from './record-index';

/** What identifies a row: its number, and its id and name cells as written. */
export interface RowIdentity {
  row: number;
  id: string;
  name: string;
}

/** The record a row will write: an existing one it updates, or a new one with this id. */
export interface RowTarget<T extends NamedRecord> {
  id: string;
  existing?: T;
}

export interface MatchHeaders {
  id: string;
  name: string;
}

/**
 * Decides which record each row writes: the existing record with the row's id, else the one with its
 * name (case and spaces aside), else a new record (with the row's id if it gave one). Ids or names
 * repeated in the file, and two rows landing on the same record, are problems: re-importing a file must
 * update, never duplicate or overwrite one row with another.
 */
export const matchRows = <T extends NamedRecord>(
  rows: readonly RowIdentity[],
  existing: readonly T[],
  headers: MatchHeaders,
  newId: () => string,
): { targets: (RowTarget<T> | undefined)[]; problems: ImportProblem[] } => {
  const index = new RecordIndex(existing);
  const byId = new Map(existing.map((record) => [record.id, record]));
  const problems: ImportProblem[] = [];
  const firstRowOfId = new Map<string, number>();
  const firstRowOfName = new Map<string, number>();
  const rowOfTarget = new Map<string, number>();

  const targets = rows.map(({ row, id: idCell, name }): RowTarget<T> | undefined => {
    const id = idCell.trim().toLowerCase();
    if (id !== '' && !idSchema.safeParse(id).success) {
      problems.push({ row, column: headers.id, message: 'validation.uuid', value: idCell });
      return undefined;
    }
    const key = nameKey(name);
    const repeatedId = id === '' ? undefined : firstRowOfId.get(id);
    const repeatedName = key === '' ? undefined : firstRowOfName.get(key);
    if (repeatedId !== undefined) {
      problems.push({
        row,
        column: headers.id,
        message: 'importer.problems.repeatedId',
        params: { first: repeatedId },
        value: idCell,
      });
      return undefined;
    }
    if (repeatedName !== undefined) {
      problems.push({
        row,
        column: headers.name,
        message: 'importer.problems.repeatedName',
        params: { first: repeatedName },
        value: name,
      });
      return undefined;
    }
    if (id !== '') firstRowOfId.set(id, row);
    if (key !== '') firstRowOfName.set(key, row);

    const existingId =
      (id !== '' ? index.byId(id) : undefined) ?? uniqueName(index, name, row, headers, problems);
    if (existingId === null) return undefined;
    if (existingId === undefined) return { id: id || newId() };
    const other = rowOfTarget.get(existingId);
    if (other !== undefined) {
      problems.push({
        row,
        column: headers.name,
        message: 'importer.problems.sameRecord',
        params: { first: other },
        value: name,
      });
      return undefined;
    }
    rowOfTarget.set(existingId, row);
    return { id: existingId, existing: byId.get(existingId) };
  });
  return { targets, problems };
};

/** The existing record with this name; undefined when none, null (with a problem) when several. */
const uniqueName = (
  index: RecordIndex,
  name: string,
  row: number,
  headers: MatchHeaders,
  problems: ImportProblem[],
): string | undefined | null => {
  if (nameKey(name) === '') return undefined;
  const named = index.byName(name);
  if (named.length <= 1) return named[0];
  problems.push({
    row,
    column: headers.name,
    message: 'importer.problems.ambiguousName',
    params: { count: named.length },
    value: name,
  });
  return null;
};
