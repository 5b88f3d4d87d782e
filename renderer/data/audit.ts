import type { AuditEvent } from '@shared/domain';
import type { WorkbenchDatabase } from '../db/database';
import type { AuditedTable } from '../db/database';

type Changes = NonNullable<AuditEvent['changes']>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-level difference between two versions of a record; timestamps are left out as noise. */
export const diffRecords = (before: object | undefined, after: object | undefined): Changes => {
  const ignored = new Set(['updatedAt', 'createdAt']);
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: Changes = {};
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (ignored.has(field) || same(b[field], a[field])) continue;
    changes[field] = [b[field] ?? null, a[field] ?? null];
  }
  return changes;
};

/** The name recorded as the author of a change: the user's name from Settings, read in the same transaction. */
export const currentActor = async (db: WorkbenchDatabase): Promise<string> =>
  (await db.settings.get('profile'))?.userName ?? '';

export interface AuditEntry {
  table: AuditedTable;
  recordId: string;
  action: AuditEvent['action'];
  changes?: Changes;
}

export const buildAuditEvent = (actor: string, entry: AuditEntry): AuditEvent => ({
  id: crypto.randomUUID(),
  at: new Date().toISOString(),
  actor,
  ...entry,
});

/**
 * Appends an audit event. Call it inside the transaction that makes the change (include `auditLog` and
 * `settings` in its scope) so the change and its record are committed or rolled back together.
 */
export const recordAudit = async (
  db: WorkbenchDatabase,
  entry: AuditEntry,
  actor?: string,
): Promise<AuditEvent> => {
  const event = buildAuditEvent(actor ?? (await currentActor(db)), entry);
  await db.auditLog.add(event);
  return event;
};

/**
 * Collects the audit events of every record a cascading change touches (a delete that unlinks or
 * reassigns others), to be added with one bulkAdd inside the same transaction.
 */
export class AuditBatch {
  readonly events: AuditEvent[] = [];

  constructor(private readonly actor: string) {}

  /** Records the update and returns the new version, so it can be written with bulkPut. */
  update<T extends { id: string }>(table: AuditedTable, before: T, after: T): T {
    this.events.push(
      buildAuditEvent(this.actor, {
        table,
        recordId: before.id,
        action: 'update',
        changes: diffRecords(before, after),
      }),
    );
    return after;
  }

  remove(table: AuditedTable, before: { id: string }): void {
    this.events.push(
      buildAuditEvent(this.actor, {
        table,
        recordId: before.id,
        action: 'delete',
        changes: diffRecords(before, undefined),
      }),
    );
  }
}
