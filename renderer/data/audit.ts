import type { AuditEvent, RecordAction } from '@shared/domain';
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

export interface AuditEntry {
  table: AuditedTable;
  recordId: string;
  action: RecordAction;
  changes?: Changes;
}
