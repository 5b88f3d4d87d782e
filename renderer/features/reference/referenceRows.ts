import type { ReferenceEntry } from '@shared/domain';
import { foldText, searchWords } from '@renderer/ui/listFilters';

export interface ReferenceRow {
  entry: ReferenceEntry;
  /** Name and aliases, folded to lower case without accents. */
  searchText: string;
}

export const buildReferenceRows = (entries: readonly ReferenceEntry[]): ReferenceRow[] =>
  entries.map((entry) => ({ entry, searchText: foldText([entry.name, ...entry.aliases].join('\n')) }));

/** Rows whose name or aliases contain every word of the search. */
export const filterReferenceRows = (rows: readonly ReferenceRow[], search: string): ReferenceRow[] => {
  const words = searchWords(search);
  return rows.filter((row) => words.every((word) => row.searchText.includes(word)));
};
