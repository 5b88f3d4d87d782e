import { useCallback, useSyncExternalStore } from 'react';
import type { AuditEvent } from '@shared/domain';
import { workspace } from './database';

/** Events kept once read: a few screens of rows and their details. Events never change, so a copy stays true. */
const MAX_CACHED = 5_000;
const EXPORT_CHUNK = 2_000;

const cache = new Map<string, AuditEvent | null>();
const waiting = new Set<string>();
const listeners = new Map<string, Set<() => void>>();
let scheduled = false;

const notify = (ids: readonly string[]) => {
  for (const id of ids) listeners.get(id)?.forEach((listener) => listener());
};

/** Drops the events read longest ago that no row on screen shows. */
const trim = () => {
  for (const id of cache.keys()) {
    if (cache.size <= MAX_CACHED) return;
    if (!listeners.has(id)) cache.delete(id);
  }
};

const flush = async () => {
  scheduled = false;
  const ids = [...waiting];
  waiting.clear();
  const events = await workspace()
    .auditLog.bulkGet(ids)
    .catch(() => ids.map(() => undefined));
  ids.forEach((id, index) => cache.set(id, events[index] ?? null));
  trim();
  notify(ids);
};

const request = (id: string) => {
  if (cache.has(id) || waiting.has(id)) return;
  waiting.add(id);
  if (scheduled) return;
  scheduled = true;
  // The rows drawn in one render ask together: one bulkGet for a screenful.
  queueMicrotask(() => void flush());
};

/**
 * One audit event whole, read when a row showing it is drawn: undefined while it is read, null if it is
 * not in the log (any more).
 */
export const useAuditEvent = (id: string): AuditEvent | null | undefined => {
  const subscribe = useCallback(
    (listener: () => void) => {
      const own = listeners.get(id) ?? new Set<() => void>();
      own.add(listener);
      listeners.set(id, own);
      request(id);
      return () => {
        own.delete(listener);
        if (own.size === 0) listeners.delete(id);
      };
    },
    [id],
  );
  return useSyncExternalStore(subscribe, () => cache.get(id));
};

/**
 * The events of these ids whole, in their order, for an export: read in chunks handed to `onChunk` with
 * how many ids are done, the window free to draw in between.
 */
export const readAuditEvents = async (
  ids: readonly string[],
  onChunk: (events: AuditEvent[], done: number) => void,
): Promise<void> => {
  for (let start = 0; start < ids.length; start += EXPORT_CHUNK) {
    const chunk = await workspace().auditLog.bulkGet(ids.slice(start, start + EXPORT_CHUNK));
    onChunk(
      chunk.filter((event): event is AuditEvent => event !== undefined),
      Math.min(ids.length, start + EXPORT_CHUNK),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
};
