// Dexie's liveQuery looks for IndexedDB on the global object (the log follows changes with one).
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { createActivityLog, type ActivityLog } from '@renderer/data/activity-log';
import { saveVendor } from '@renderer/data/vendors';
import type { AuditEvent } from '@shared/domain';

const event = (id: string, at: string, extra: Partial<AuditEvent> = {}): AuditEvent => ({
  id,
  at,
  actor: 'Ana',
  table: 'vendors',
  recordId: `record-${id}`,
  action: 'update',
  changes: { name: ['a', 'b'] },
  ...extra,
});

const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();

/** Follows a log until `done` holds for what it publishes. */
const until = (log: ReturnType<typeof createActivityLog>, done: (state: ActivityLog) => boolean) =>
  new Promise<ActivityLog>((resolve, reject) => {
    const check = () => {
      try {
        const state = log.snapshot();
        if (state && done(state)) {
          unsubscribe();
          resolve(state);
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const unsubscribe = log.subscribe(check);
    check();
  });

let log: ReturnType<typeof createActivityLog>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await openWorkspace(
    new WorkbenchDatabase('activity-log', { indexedDB: globalThis.indexedDB, IDBKeyRange }),
  );
});

afterEach(() => {
  log.stop();
  closeWorkspace();
});

describe('the activity log read for the Activity screen', () => {
  it('reads every event once, newest first, even where one instant spans a chunk or fills one', async () => {
    // Chunks of 10: minute 3 holds 12 events (a whole chunk of one instant), minute 5 straddles a chunk end.
    const events = [
      ...Array.from({ length: 8 }, (_, i) => event(`a${i}`, minute(1))),
      ...Array.from({ length: 12 }, (_, i) => event(`b${i}`, minute(3))),
      ...Array.from({ length: 7 }, (_, i) => event(`c${i}`, minute(5))),
      event('d', minute(7), {
        imported: { fileName: 'x.zip', sha256: 'a'.repeat(64), by: 'Bo', at: minute(8) },
      }),
    ];
    await workspace().auditLog.bulkAdd(events);
    log = createActivityLog({ chunk: 10, firstPage: 3 });
    const state = await until(log, (s) => s.complete);
    expect(state.rows).toHaveLength(28);
    expect(new Set(state.rows.map(({ id }) => id)).size).toBe(28);
    expect(state.rows.map(({ at }) => at)).toEqual(events.map(({ at }) => at).reverse());
    expect(state.rows[0]).toMatchObject({ id: 'd', imported: true, actor: 'Ana', table: 'vendors' });
  });

  it('an event whose time has an offset is placed by the instant it names', async () => {
    await workspace().auditLog.bulkAdd([
      event('utc', '2026-01-01T10:00:00.000Z'),
      // 09:30 in UTC, though its text sorts after 10:00Z.
      event('offset', '2026-01-01T11:30:00.000+02:00'),
    ]);
    log = createActivityLog({ chunk: 10, firstPage: 1 });
    const state = await until(log, (s) => s.complete);
    expect(state.rows.map(({ id }) => id)).toEqual(['utc', 'offset']);
  });

  it('follows new changes without reading the log again, and reads it again after a merge', async () => {
    await workspace().auditLog.bulkAdd([event('old', minute(1))]);
    log = createActivityLog({ chunk: 10, firstPage: 5 });
    const first = await until(log, (s) => s.complete);

    const vendor = await saveVendor({ name: 'Borealis', hqCountry: 'FI' });
    const appended = await until(log, (s) => s.rows.length === 2);
    expect(appended.rows[0]).toMatchObject({ recordId: vendor.id, action: 'create', name: 'Borealis' });
    // The rows known before are the same objects: nothing was read again.
    expect(appended.rows[1]).toBe(first.rows[0]);

    // A merge brings events from the past (before the newest one known) with its own event.
    await workspace().auditLog.bulkAdd([
      event('merged-past', minute(0), {
        imported: { fileName: 'x.zip', sha256: 'a'.repeat(64), by: 'Bo', at: minute(9) },
      }),
      event('merge', new Date().toISOString(), { table: 'settings', recordId: 'workspace' }),
    ]);
    const merged = await until(log, (s) => s.rows.length === 4 && s.complete);
    expect(merged.rows.map(({ id }) => id).slice(2)).toEqual(['old', 'merged-past']);
  });
});
