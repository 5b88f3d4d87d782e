import { isIsoDate } from '@shared/domain';
import type { ActivityRow } from '@renderer/data/activity-log';
import { foldText, searchWords } from '@renderer/ui/listFilters';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import type { ActivityFilterValues } from './useActivityFilters';

/** Midnight starting a local day, in ms: the date filters are the user's days, events are stored in UTC. */
export const localDayStart = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day).getTime();
};

/** Midnight ending a local day (the next one's start; a day of 23 or 25 hours included). */
export const localDayEnd = (date: string): number => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + 1).getTime();
};

/**
 * Each row's searchable text (who, and the record's name), folded, in the rows' order: built once per
 * change of the log or of the names, so a keystroke only scans short strings. Names and actors repeat
 * across events, so each distinct one is folded once.
 */
export const buildSearchTexts = memoizeLast(
  (rows: readonly ActivityRow[], recordName: (row: ActivityRow) => string): string[] => {
    const folded = new Map<string, string>();
    const fold = (text: string): string => {
      let result = folded.get(text);
      if (result === undefined) {
        result = foldText(text);
        folded.set(text, result);
      }
      return result;
    };
    return rows.map((row) => `${fold(row.actor)}\n${fold(recordName(row))}`);
  },
);

/**
 * The events passing every filter: each word of the search in who made the change or the record's name;
 * within a multi-choice filter any chosen value (Ana or Ben), filters combined with "and"; the dates are
 * local days, both included. With no filter set, the rows themselves (no copy of 200,000).
 */
export const filterActivityRows = (
  rows: readonly ActivityRow[],
  searchTexts: readonly string[],
  filters: ActivityFilterValues,
): readonly ActivityRow[] => {
  const words = searchWords(filters.search);
  const from = isIsoDate(filters.from) ? localDayStart(filters.from) : -Infinity;
  const to = isIsoDate(filters.to) ? localDayEnd(filters.to) : Infinity;
  const actors = filters.actors.length > 0 ? new Set(filters.actors) : undefined;
  const tables = filters.tables.length > 0 ? new Set(filters.tables) : undefined;
  const actions = filters.actions.length > 0 ? new Set<string>(filters.actions) : undefined;
  if (words.length === 0 && !actors && !tables && !actions && from === -Infinity && to === Infinity)
    return rows;
  return rows.filter((row, index) => {
    if (row.time < from || row.time >= to) return false;
    if (actors && !actors.has(row.actor)) return false;
    if (tables && !tables.has(row.table)) return false;
    if (actions && !actions.has(row.action)) return false;
    if (words.length === 0) return true;
    const text = searchTexts[index] ?? '';
    return words.every((word) => text.includes(word));
  });
};

/** Who made changes and which kinds of record were changed, to offer as filter choices. */
export const activityChoices = memoizeLast((rows: readonly ActivityRow[]) => {
  const actors = new Set<string>();
  const tables = new Set<string>();
  for (const row of rows) {
    actors.add(row.actor);
    tables.add(row.table);
  }
  return { actors: [...actors].sort((a, b) => a.localeCompare(b)), tables: [...tables] };
});
