import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '@shared/domain';
import type { AuditedTable } from '../db/database';
import { readAuditNames, type AssessmentNamer, type AuditNames } from './audit-names';
import { workspace } from './database';

/** A record whose events a history shows. */
export interface HistoryRecord {
  table: AuditedTable;
  id: string;
}

export interface RecordHistory {
  /** Newest first. */
  events: AuditEvent[];
  names: AuditNames;
}

/**
 * The audit events of the given records, newest first, with the names of the records and checklist items
 * they point at; live, so a change shows in the history as soon as it is saved.
 */
export const useRecordHistory = (
  records: readonly HistoryRecord[],
  nameAssessment: AssessmentNamer,
): RecordHistory | undefined => {
  const key = JSON.stringify(records.map(({ table, id }) => [table, id]));
  return useLiveQuery(async () => {
    const pairs = JSON.parse(key) as [string, string][];
    const events = await workspace().auditLog.where('[table+recordId]').anyOf(pairs).toArray();
    events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id));
    return { events, names: await readAuditNames(events, nameAssessment) };
  }, [key, nameAssessment]);
};
