import { composedKey } from '../messages/message-key';
import type { AuditText, ValueReader } from './values';

/** How one field of a record is named and shown in the audit trail. */
export interface FieldSpec {
  label: AuditText;
  value?: ValueReader;
  /** An object diffed member by member (a sovereignty profile, a licence's clauses, review cycles). */
  members?: (member: string) => FieldSpec | undefined;
  /** A list of objects with ids (a risk's actions), diffed item by item, each named by its `name` member. */
  items?: { name: string; members: Readonly<Record<string, FieldSpec>> };
  /** Not shown: the record's own id, or bookkeeping the event's who and when already say. */
  hidden?: boolean;
  /** A mark (a review, a restore, a merge): shown as what it records, not as a change from nothing. */
  mark?: boolean;
}

export type TableSpec = Readonly<Record<string, FieldSpec>>;

/** A field named by its `activity.fields.<name>` words, shown by `value`. */
export const field = (name: string, value?: ValueReader, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  label: { key: composedKey(`activity.fields.${name}`) },
  ...(value ? { value } : {}),
  ...extra,
});

/** Not shown: the record's own id, or bookkeeping the event's who and when already say. */
export const hidden: FieldSpec = { label: { text: '' }, hidden: true };
