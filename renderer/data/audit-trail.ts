import { useLiveQuery } from 'dexie-react-hooks';
import { auditRecordKey, recordChangesAbout, type RecordEvent } from '@shared/audit';
import type { AuditedTable, WorkbenchDatabase } from '../db/database';
import { readAuditNames, type AssessmentNamer, type AuditNames } from './audit-names';
import { workspace } from './database';
import { fromStoredEvent } from './stored-audit-events';

/** A record whose events a history shows. */
export interface HistoryRecord {
  table: AuditedTable;
  id: string;
}

export interface RecordHistory {
  /** Newest first. */
  events: RecordEvent[];
  names: AuditNames;
}

/**
 * Every change recorded about these records: their own events (`[table+recordId]`) and their parts of bulk
 * events (`recordKeys`), each part an event of its own that names the bulk action it belongs to.
 */
export const readRecordEvents = async (
  db: WorkbenchDatabase,
  records: readonly HistoryRecord[],
): Promise<RecordEvent[]> => {
  const keys = new Set(records.map(({ table, id }) => auditRecordKey(table, id)));
  const [own, bulk] = await Promise.all([
    db.auditLog
      .where('[table+recordId]')
      .anyOf(records.map(({ table, id }) => [table, id]))
      .toArray(),
    db.auditLog
      .where('recordKeys')
      .anyOf([...keys])
      .distinct()
      .toArray(),
  ]);
  return [
    ...own.filter((event) => !event.records),
    ...bulk.flatMap((event) => recordChangesAbout(fromStoredEvent(event), keys)),
  ];
};

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
    const pairs = JSON.parse(key) as [AuditedTable, string][];
    const events = await readRecordEvents(
      workspace(),
      pairs.map(([table, id]) => ({ table, id })),
    );
    events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id));
    return { events, names: await readAuditNames(events, nameAssessment) };
  }, [key, nameAssessment]);
};
