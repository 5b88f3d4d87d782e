import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '@shared/domain';
import type { TableName } from '../db/database';
import { workspace } from './database';

/** The audit events of the given records, newest first, live. */
export const useAuditTrail = (
  records: ReadonlyArray<{ table: TableName; id: string }>,
): AuditEvent[] | undefined => {
  const key = records.map(({ table, id }) => `${table}:${id}`).join(',');
  return useLiveQuery(async () => {
    const pairs = key ? key.split(',').map((pair) => pair.split(':') as [string, string]) : [];
    const events = await workspace().auditLog.where('[table+recordId]').anyOf(pairs).toArray();
    return events.sort((a, b) => b.at.localeCompare(a.at));
  }, [key]);
};
