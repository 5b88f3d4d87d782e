import type { AuditEvent, AuditRecordChange, BulkActionKind } from '@shared/domain';
import type { TableName, WorkbenchDatabase } from '../db/database';
import { diffRecords, type AuditEntry } from './audit';
import { workspace } from './database';
import { toStoredEvents } from './stored-audit-events';

/** The name recorded as the author of a change: the user's name from Settings, read in the same transaction. */
const currentActor = async (db: WorkbenchDatabase): Promise<string> =>
  (await db.settings.get('profile'))?.userName ?? '';

/**
 * A bulk action: an `import` of the file `source` into `table`, or a `merge` of the colleague's file
 * `source` (its records are of every table: the event's `table` is `settings`, as for the merge's summary).
 */
export interface BulkSource {
  action: BulkActionKind;
  table: TableName;
  source: string;
}

/**
 * What a command works with inside its audited transaction: the database, the actor (read once, at the
 * start) and the events it records, which `audited` writes when the command's callback ends. In a bulk
 * action, every change the command records is one record of a single event (action `import` or `merge`),
 * which lists them all.
 */
export class AuditedTransaction {
  readonly events: AuditEvent[] = [];
  private readonly bulk: AuditRecordChange[] | undefined;

  constructor(
    readonly db: WorkbenchDatabase,
    readonly actor: string,
    bulk?: BulkSource,
  ) {
    if (!bulk) return;
    this.bulk = [];
    this.events.push({
      id: crypto.randomUUID(),
      at: new Date().toISOString(),
      actor,
      table: bulk.table,
      recordId: bulk.source,
      action: bulk.action,
      records: this.bulk,
    });
  }

  /**
   * Records one change, by the actor or by the name given (the built-in lists' "system", the user as they
   * have just named themselves), and returns its event (in a bulk action, the bulk event it joins).
   */
  record(entry: AuditEntry, actor: string = this.actor): AuditEvent {
    const [bulkEvent] = this.events;
    if (this.bulk && bulkEvent && actor === this.actor) {
      const { table, recordId, action, changes } = entry;
      this.bulk.push({ table, recordId, action, ...(changes && { changes }) });
      return bulkEvent;
    }
    return this.recordAlone(entry, actor);
  }

  /**
   * Records one change as an event of its own, even in a bulk action (a merge's summary, beside the event
   * listing the records it wrote), and returns it.
   */
  recordAlone(entry: AuditEntry, actor: string = this.actor): AuditEvent {
    const event: AuditEvent = { id: crypto.randomUUID(), at: new Date().toISOString(), actor, ...entry };
    this.events.push(event);
    return event;
  }

  /** Records the update of one record among many and returns the new version, to be written with bulkPut. */
  update<T extends { id: string }>(table: TableName, before: T, after: T): T {
    this.record({ table, recordId: before.id, action: 'update', changes: diffRecords(before, after) });
    return after;
  }

  /** Records the deletion of a record, holding what it was, so the trail shows what was lost. */
  remove(table: TableName, before: { id: string }): void {
    this.record({ table, recordId: before.id, action: 'delete', changes: diffRecords(before, undefined) });
  }
}

/**
 * Runs a command in one read-write transaction over `tables`, the audit log and the settings (where the
 * actor is read): the command's link checks and writes run inside it, and the events it recorded are
 * written when it ends, so the change and its trail are committed together — or, on any refusal, neither.
 * With `bulk`, the changes are recorded as one event listing them (none when nothing changed).
 */
export const audited = async <T>(
  tables: readonly TableName[],
  command: (tx: AuditedTransaction) => Promise<T>,
  { bulk }: { bulk?: BulkSource } = {},
): Promise<T> => {
  const db = workspace();
  const scope = [...new Set<TableName>([...tables, 'auditLog', 'settings'])];
  return db.transaction('rw', scope, async () => {
    const tx = new AuditedTransaction(db, await currentActor(db), bulk);
    const result = await command(tx);
    const events = tx.events.filter((event) => event.records?.length !== 0);
    await db.auditLog.bulkAdd(toStoredEvents(events));
    return result;
  });
};
