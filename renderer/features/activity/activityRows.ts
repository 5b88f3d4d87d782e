import { isIsoDate, type AuditAction } from '@shared/domain';
import type { ActivityRow } from '@renderer/data/activity-log';
import { foldText, searchWords } from '@renderer/ui/listFilters';
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

/** The distinct values of one field of the events, and each event's value as its position among them. */
interface Facet<T> {
  values: T[];
  codes: Uint32Array;
}

const facetOf = <T>(rows: readonly ActivityRow[], valueOf: (row: ActivityRow) => T): Facet<T> => {
  const values: T[] = [];
  const known = new Map<T, number>();
  const codes = new Uint32Array(rows.length);
  rows.forEach((row, index) => {
    const value = valueOf(row);
    let code = known.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      known.set(value, code);
    }
    codes[index] = code;
  });
  return { values, codes };
};

/**
 * The events prepared once for filtering, so that a keystroke over 200,000 of them compares small numbers:
 * who, record type, action and record name as codes into their distinct values (a few people, a dozen
 * types, some thousands of names), the names and people folded once each, the times in a typed array.
 */
export interface ActivityIndex {
  rows: readonly ActivityRow[];
  times: Float64Array;
  /** Times never increase along the rows (the log's order), so a range of days is found by binary search. */
  newestFirst: boolean;
  actors: Facet<string>;
  tables: Facet<string>;
  actions: Facet<AuditAction>;
  /** Record names as the list shows them. */
  names: Facet<string>;
  foldedActors: string[];
  foldedNames: string[];
}

/** Built when the log or the names change, never on a keystroke. */
export const buildActivityIndex = (
  rows: readonly ActivityRow[],
  recordName: (row: ActivityRow) => string,
): ActivityIndex => {
  const times = new Float64Array(rows.length);
  let newestFirst = true;
  rows.forEach((row, index) => {
    times[index] = row.time;
    if (index > 0 && row.time > (times[index - 1] ?? 0)) newestFirst = false;
  });
  const actors = facetOf(rows, (row) => row.actor);
  const names = facetOf(rows, recordName);
  return {
    rows,
    times,
    newestFirst,
    actors,
    tables: facetOf(rows, (row) => row.table),
    actions: facetOf(rows, (row) => row.action),
    names,
    foldedActors: actors.values.map(foldText),
    foldedNames: names.values.map(foldText),
  };
};

/** Which distinct values a multi-choice filter lets through, or undefined when nothing is chosen. */
const chosen = <T>(values: readonly T[], selected: readonly T[]): Uint8Array | undefined => {
  if (selected.length === 0) return undefined;
  const wanted = new Set(selected);
  return Uint8Array.from(values, (value) => (wanted.has(value) ? 1 : 0));
};

const containing = (folded: readonly string[], word: string): Uint8Array =>
  Uint8Array.from(folded, (text) => (text.includes(word) ? 1 : 0));

/** The first position whose time is below `bound`, in times that never increase. */
const firstBelow = (times: Float64Array, bound: number): number => {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] ?? 0) < bound) high = middle;
    else low = middle + 1;
  }
  return low;
};

/** Positions of the events passing every filter, among `within` (earlier matches) or the whole log. */
const matchPositions = (
  index: ActivityIndex,
  filters: ActivityFilterValues,
  within: Uint32Array | undefined,
): Uint32Array | undefined => {
  const { times } = index;
  const words = searchWords(filters.search);
  const from = isIsoDate(filters.from) ? localDayStart(filters.from) : -Infinity;
  const to = isIsoDate(filters.to) ? localDayEnd(filters.to) : Infinity;
  const actorOk = chosen(index.actors.values, filters.actors);
  const tableOk = chosen(index.tables.values, filters.tables);
  const actionOk = chosen<AuditAction>(index.actions.values, filters.actions);
  if (words.length === 0 && !actorOk && !tableOk && !actionOk && from === -Infinity && to === Infinity)
    return undefined;
  // A word is in an event's text when it is in who made it or in its record's name: checked once per
  // distinct person and name, then looked up per event.
  const matches = words.map((word) => ({
    actor: containing(index.foldedActors, word),
    name: containing(index.foldedNames, word),
  }));
  const actorCodes = index.actors.codes;
  const tableCodes = index.tables.codes;
  const actionCodes = index.actions.codes;
  const nameCodes = index.names.codes;
  const passes = (position: number): boolean => {
    const time = times[position] ?? 0;
    if (time < from || time >= to) return false;
    const actor = actorCodes[position] ?? 0;
    if (actorOk && !actorOk[actor]) return false;
    if (tableOk && !tableOk[tableCodes[position] ?? 0]) return false;
    if (actionOk && !actionOk[actionCodes[position] ?? 0]) return false;
    const name = nameCodes[position] ?? 0;
    for (const match of matches) if (!match.actor[actor] && !match.name[name]) return false;
    return true;
  };
  if (within) return within.filter(passes);
  const start = index.newestFirst ? firstBelow(times, to) : 0;
  const end = index.newestFirst ? firstBelow(times, from) : times.length;
  const found = new Uint32Array(Math.max(0, end - start));
  let count = 0;
  for (let position = start; position < end; position += 1) if (passes(position)) found[count++] = position;
  return found.subarray(0, count);
};

const sameChoices = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((value, position) => value === b[position]);

/**
 * Whether `next` lets through only events `previous` let through: the same choices and days, and each
 * earlier word inside a word of the search now (typing on: "47" after "4"). Then only the earlier
 * matches need looking at.
 */
export const narrows = (previous: ActivityFilterValues, next: ActivityFilterValues): boolean => {
  if (previous.from !== next.from || previous.to !== next.to) return false;
  if (!sameChoices(previous.actors, next.actors) || !sameChoices(previous.tables, next.tables)) return false;
  if (!sameChoices(previous.actions, next.actions)) return false;
  const words = searchWords(next.search);
  return searchWords(previous.search).every((word) => words.some((typed) => typed.includes(word)));
};

/**
 * Filters the events for one screen, remembering the last match: a filter that narrows it (the user
 * typing on) looks only at the events that matched, not again at all 200,000. Each call gives the events
 * passing every filter, in the log's order: each word of the search in who made the change or the
 * record's name; within a multi-choice filter any chosen value (Ana or Ben), filters combined with "and";
 * the dates are local days, both included. With no filter set, the rows themselves (no copy of 200,000).
 */
export const createActivityMatcher = (
  index: ActivityIndex,
): ((filters: ActivityFilterValues) => readonly ActivityRow[]) => {
  let last: { filters: ActivityFilterValues; positions: Uint32Array | undefined } | undefined;
  return (filters) => {
    const within = last && narrows(last.filters, filters) ? last.positions : undefined;
    const positions = matchPositions(index, filters, within);
    last = { filters, positions };
    if (!positions) return index.rows;
    return Array.from(positions, (position) => index.rows[position] as ActivityRow);
  };
};

/** The events passing every filter, as createActivityMatcher gives them, without an earlier match. */
export const filterActivityIndex = (
  index: ActivityIndex,
  filters: ActivityFilterValues,
): readonly ActivityRow[] => createActivityMatcher(index)(filters);

/** Who made changes and which kinds of record were changed, to offer as filter choices. */
export const activityChoices = (index: ActivityIndex): { actors: string[]; tables: string[] } => ({
  actors: [...index.actors.values].sort((a, b) => a.localeCompare(b)),
  tables: index.tables.values,
});
