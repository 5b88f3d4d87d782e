import type { AuditEvent } from '@shared/domain';
import type { TableName, WorkbenchDatabase } from '../db/database';
import { diffRecords, type AuditEntry } from './audit';
import { workspace } from './database';

/** The name recorded as the author of a change: the user's name from Settings, read in the same transaction. */
const currentActor = async (db: WorkbenchDatabase): Promise<string> =>
  (await db.settings.get('profile'))?.userName ?? '';

/**
 * What a command works with inside its audited transaction: the database, the actor (read once, at the
 * start) and the events it records, which `audited` writes when the command's callback ends.
 */
export class AuditedTransaction {
  readonly events: AuditEvent[] = [];

  constructor(
    readonly db: WorkbenchDatabase,
    readonly actor: string,
  ) {}

  /**
   * Records one event, by the actor or by the name given (the built-in lists' "system", the user as they
   * have just named themselves), and returns it.
   */
  record(entry: AuditEntry, actor: string = this.actor): AuditEvent {
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
 */
export const audited = async <T>(
  tables: readonly TableName[],
  command: (tx: AuditedTransaction) => Promise<T>,
): Promise<T> => {
  const db = workspace();
  const scope = [...new Set<TableName>([...tables, 'auditLog', 'settings'])];
  return db.transaction('rw', scope, async () => {
    const tx = new AuditedTransaction(db, await currentActor(db));
    const result = await command(tx);
    await db.auditLog.bulkAdd(tx.events);
    return result;
  });
};
