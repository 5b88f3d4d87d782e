import { auditRecordKeys } from '@shared/audit';
import type { AuditEvent } from '@shared/domain';
import type { AuditEventRow } from '../db/database';

/**
 * Audit events as the database stores them: a bulk event with the keys of the records it lists, which the
 * `*recordKeys` index finds it by; every other event as it is (it is found by `[table+recordId]`).
 */
export const toStoredEvents = (events: readonly AuditEvent[]): AuditEventRow[] =>
  events.map((event) => (event.records ? { ...event, recordKeys: auditRecordKeys(event) } : event));

/** An event as the workspace file carries it: without the keys the database derives. */
export const fromStoredEvent = ({ recordKeys: _keys, ...event }: AuditEventRow): AuditEvent => event;
