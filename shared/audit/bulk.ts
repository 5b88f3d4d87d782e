import type { AuditAction, AuditEvent, AuditRecordChange, BulkActionKind } from '../domain/audit';
import type { MessageKey } from '../messages/message-key';
import type { AuditText } from './values';

/**
 * The key a bulk event is found by for one of the records it lists: the database indexes each event's
 * keys (`recordKeys`, multiEntry), so a record's history reads its part of an import of 10,000 rows
 * without reading the other 9,999.
 */
export const auditRecordKey = (table: string, recordId: string): string => `${table}:${recordId}`;

/** The keys of the records a bulk event lists; none for an event about one record. */
export const auditRecordKeys = (event: Pick<AuditEvent, 'records'>): string[] =>
  event.records?.map((record) => auditRecordKey(record.table, record.recordId)) ?? [];

/** A bulk action as a record's history names the whole its part belongs to. */
export interface BulkAction {
  action: BulkActionKind;
  /** The table of the records an import wrote; a merge, whose records are of every table, is `settings`. */
  table: string;
  /** Where they came from: the name of the imported or merged file. */
  source: string;
  count: number;
}

/** Which bulk action an event listing records is: a merge, or an import (the only kind before merges). */
export const bulkActionOf = (action: AuditAction): BulkActionKind =>
  action === 'merge' ? 'merge' : 'import';

/** One record's change as its history shows it: an event of its own, or its part of a bulk action. */
export type RecordEvent = AuditEvent & { partOf?: BulkAction };

const bulkAction = (event: AuditEvent): BulkAction => ({
  action: bulkActionOf(event.action),
  table: event.table,
  source: event.recordId,
  count: event.records?.length ?? 0,
});

const partOf = (event: AuditEvent, record: AuditRecordChange, whole: BulkAction): RecordEvent => {
  const { records: _records, changes: _changes, ...shared } = event;
  return {
    ...shared,
    table: record.table,
    recordId: record.recordId,
    action: record.action,
    ...(record.changes && { changes: record.changes }),
    partOf: whole,
  };
};

/**
 * Every record's change an event holds, each as an event of its own (the event's id, time, who and mark
 * of a merged file, the record's table, id, action and changes): one for an event about one record, one per
 * record for a bulk event.
 */
export const recordChanges = (event: AuditEvent): RecordEvent[] => {
  if (!event.records) return [event];
  const whole = bulkAction(event);
  return event.records.map((record) => partOf(event, record, whole));
};

/** The changes an event holds about the records of these keys (see auditRecordKey). */
export const recordChangesAbout = (event: AuditEvent, keys: ReadonlySet<string>): RecordEvent[] =>
  recordChanges(event).filter((change) => keys.has(auditRecordKey(change.table, change.recordId)));

const subjectKeys: Readonly<Record<string, MessageKey>> = {
  vendors: 'activity.bulk.subject.vendors',
  dependencies: 'activity.bulk.subject.dependencies',
  licences: 'activity.bulk.subject.licences',
  risks: 'activity.bulk.subject.risks',
};

/**
 * What a bulk action wrote, as its row of the Activity screen names it: "10,000 vendors from vendors.csv",
 * "12 records from colleague.zip" (a merge's records are of every table).
 */
export const describeBulkSubject = ({ action, table, source, count }: BulkAction): AuditText => ({
  key:
    action === 'merge'
      ? 'activity.bulk.subject.merge'
      : Object.hasOwn(subjectKeys, table)
        ? (subjectKeys[table] as MessageKey)
        : 'activity.bulk.subject.records',
  params: { count, fileName: source, table },
});

/** How many records a bulk event created, changed and deleted: "9,000 created, 1,000 changed". */
export const describeBulkCounts = (event: AuditEvent): AuditText[] => {
  const counts = { create: 0, update: 0, delete: 0 };
  for (const record of event.records ?? []) counts[record.action] += 1;
  const keys = {
    create: 'activity.bulk.created',
    update: 'activity.bulk.updated',
    delete: 'activity.bulk.deleted',
  } as const satisfies Record<keyof typeof counts, MessageKey>;
  return (Object.keys(counts) as (keyof typeof counts)[])
    .filter((action) => counts[action] > 0)
    .map((action) => ({ key: keys[action], params: { count: counts[action] } }));
};
