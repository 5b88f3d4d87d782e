import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import { nameInEvent } from '@shared/audit';
import type { AuditAction, AuditEvent } from '@shared/domain';
import { workspace } from './database';

/**
 * One audit event as the Activity screen lists and filters it, without its changes: 200,000 of them fit
 * in memory (the changes are read for the rows in view only, see useAuditEvent).
 */
export interface ActivityRow {
  id: string;
  at: string;
  /** `at` in milliseconds: events merged from a file may give their time with an offset. */
  time: number;
  actor: string;
  table: string;
  recordId: string;
  action: AuditAction;
  /** The name the event itself holds (a create, a delete, a rename), for records deleted since. */
  name: string | undefined;
  imported: boolean;
  /** How many records a bulk event lists; undefined for an event about one record. */
  recordCount: number | undefined;
}

export interface ActivityLog {
  /** Newest first. While the whole log is being read, only the newest events. */
  rows: readonly ActivityRow[];
  read: number;
  total: number;
  complete: boolean;
}

/** Events read at once while the log is loaded: enough to be quick, few enough to leave the window responsive. */
export const CHUNK = 10_000;
/** The newest events, read first so the screen has rows to show while the rest loads. */
export const FIRST_PAGE = 200;

const byTimeDesc = (a: ActivityRow, b: ActivityRow): number =>
  b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Restores and merges rewrite the log (a merge adds events from the past): the log is then read again. */
const rewritesLog = (event: AuditEvent): boolean =>
  event.table === 'settings' && event.recordId === 'workspace';

/**
 * Whether an event's time can bound the search for newer ones: this app writes UTC times (…Z), which sort
 * as text; a merged event may carry an offset or a time ahead of this clock, which would hide what follows.
 */
const isLocalTime = (row: ActivityRow): boolean =>
  row.at.endsWith('Z') && row.time <= Date.now() + 5 * 60_000;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The whole audit log as light rows, kept in memory and current once read. It is read in chunks along the
 * `at` index (IndexedDB's getAll, the fastest read it has), each in its own transaction with the window
 * free to draw in between, so 200,000 events never freeze it; the newest events are read first and shown
 * at once. After that, it follows the log by reading only what is new: every change appends events with
 * the current time, found by the `at` index from the newest one known; a count that does not add up, or a
 * restore or merge, makes it read the log again.
 */
export const createActivityLog = ({ chunk: chunkSize = CHUNK, firstPage = FIRST_PAGE } = {}) => {
  let state: ActivityLog | undefined;
  let failure: { error: unknown } | undefined;
  let ids = new Set<string>();
  let newestAt = '';
  let generation = 0;
  let started = false;
  let watcher: Subscription | undefined;
  const listeners = new Set<() => void>();
  const words = new Map<string, string>();
  // One string per distinct actor and table, however many events name them.
  const intern = (text: string): string => {
    const known = words.get(text);
    if (known !== undefined) return known;
    words.set(text, text);
    return text;
  };

  const toRow = (event: AuditEvent): ActivityRow => ({
    id: event.id,
    at: event.at,
    time: Date.parse(event.at) || 0,
    actor: intern(event.actor),
    table: intern(event.table),
    recordId: event.recordId,
    action: event.action,
    name: nameInEvent(event),
    imported: event.imported !== undefined,
    recordCount: event.records?.length,
  });

  const publish = (next: ActivityLog) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const fail = (error: unknown) => {
    failure = { error };
    started = false;
    listeners.forEach((listener) => listener());
  };

  /** Every event, ascending along the `at` index, in chunks; events of the same instant are never split. */
  const readAll = async (
    current: number,
    onChunk: (read: number) => void,
  ): Promise<ActivityRow[] | undefined> => {
    const db = workspace();
    const rows: ActivityRow[] = [];
    let lower: { at: string; inclusive: boolean } | undefined;
    for (;;) {
      const range = !lower
        ? db.auditLog.orderBy('at')
        : lower.inclusive
          ? db.auditLog.where('at').aboveOrEqual(lower.at)
          : db.auditLog.where('at').above(lower.at);
      let chunk = await range.limit(chunkSize).toArray();
      if (current !== generation) return undefined;
      const last = chunk[chunk.length - 1]?.at;
      if (chunk.length < chunkSize || last === undefined) {
        for (const event of chunk) rows.push(toRow(event));
        return rows;
      }
      const earlier = chunk.filter((event) => event.at !== last);
      if (earlier.length > 0) {
        chunk = earlier;
        lower = { at: last, inclusive: true };
      } else {
        // A whole chunk of one instant (a merged file can say anything): that instant alone, then past it.
        chunk = await db.auditLog.where('at').equals(last).toArray();
        lower = { at: last, inclusive: false };
      }
      for (const event of chunk) rows.push(toRow(event));
      onChunk(rows.length);
      await yieldToUi();
      if (current !== generation) return undefined;
    }
  };

  /** The log read whole: kept, shown, and followed from its newest event. */
  const settle = (current: number, rows: ActivityRow[]) => {
    ids = new Set(rows.map((row) => row.id));
    newestAt = rows.reduce((newest, row) => (isLocalTime(row) && row.at > newest ? row.at : newest), '');
    publish({ rows, read: rows.length, total: rows.length, complete: true });
    watch(current);
  };

  const load = async (): Promise<void> => {
    const current = ++generation;
    watcher?.unsubscribe();
    watcher = undefined;
    const db = workspace();
    const total = await db.auditLog.count();
    if (!state) {
      const newest = await db.auditLog.orderBy('at').reverse().limit(firstPage).toArray();
      if (current !== generation) return;
      const rows = newest.map(toRow).sort(byTimeDesc);
      if (newest.length < firstPage) return settle(current, rows);
      publish({ rows, read: rows.length, total, complete: false });
    }
    const rows = await readAll(current, (read) => {
      if (state) publish({ ...state, read, total: Math.max(total, read) });
    });
    if (!rows) return;
    settle(current, rows.sort(byTimeDesc));
  };

  const start = () => {
    started = true;
    failure = undefined;
    load().catch(fail);
  };

  const watch = (current: number) => {
    watcher = liveQuery(async () => {
      const db = workspace();
      const [total, fresh] = await Promise.all([
        db.auditLog.count(),
        db.auditLog.where('at').aboveOrEqual(newestAt).toArray(),
      ]);
      return { total, fresh };
    }).subscribe({
      next: ({ total, fresh }) => {
        if (current !== generation || !state) return;
        const added = fresh.filter((event) => !ids.has(event.id));
        if (state.rows.length + added.length !== total || added.some(rewritesLog)) {
          start();
          return;
        }
        if (added.length === 0) return;
        const rows = added.map(toRow).sort(byTimeDesc);
        for (const row of rows) {
          ids.add(row.id);
          if (isLocalTime(row) && row.at > newestAt) newestAt = row.at;
        }
        publish({ rows: [...rows, ...state.rows], read: total, total, complete: true });
      },
      error: fail,
    });
  };

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      if (!started) start();
      return () => listeners.delete(listener);
    },
    snapshot: (): ActivityLog | undefined => {
      if (failure) throw failure.error;
      return state;
    },
    /** Stops following the log (tests; the app keeps it for the session). */
    stop: () => {
      generation += 1;
      watcher?.unsubscribe();
    },
  };
};

const activityLog = createActivityLog();

/**
 * The audit log for the Activity screen, kept warm once read like the other shared tables: the next visit
 * finds it loaded. Undefined until the newest events are read.
 */
export const useActivityLog = (): ActivityLog | undefined =>
  useSyncExternalStore(activityLog.subscribe, activityLog.snapshot);
