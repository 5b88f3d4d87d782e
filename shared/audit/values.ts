import { isIsoDate } from '../domain/common';
import { composedKey, type MessageKey } from '../messages/message-key';

/** Records a change can point at, each shown by its name (and linked) rather than by its id. */
export const auditRefTables = [
  'vendors',
  'dependencies',
  'licences',
  'risks',
  'checklists',
  'assessments',
  'evidence',
] as const;
export type AuditRefTable = (typeof auditRefTables)[number];

/**
 * A piece of wording, as an i18n key (with parameters, and parameters that are themselves keys), text
 * written by a user, the name of a record, or the checklist item of the event's assessment.
 */
export type AuditText =
  | {
      key: MessageKey;
      params?: Readonly<Record<string, string | number>>;
      keyParams?: Readonly<Record<string, MessageKey>>;
    }
  | { text: string }
  | { record: AuditRefTable; id: string }
  | { item: string };

/** One side of a change, in a form the screen and the export both word the same way. */
export type AuditValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'label'; label: AuditText }
  | { kind: 'number'; value: number; unit?: 'percent' | 'months' | 'days' | 'bytes' }
  | { kind: 'date'; date: string }
  | { kind: 'dateTime'; at: string }
  | { kind: 'country'; code: string }
  | { kind: 'record'; table: AuditRefTable; id: string }
  /** An answer to a checklist item, worded by the item's answer type once the item is known. */
  | { kind: 'answer'; itemId: string; value: string | number }
  | { kind: 'list'; items: readonly AuditValue[]; more: number }
  /** A listing, a certification, a contact: its parts side by side. */
  | { kind: 'parts'; parts: readonly AuditValue[] };

/** A value reader: undefined when the value is not of the expected shape, so it is shown as it is. */
export type ValueReader = (value: unknown) => AuditValue | undefined;

/** Caps that keep a hostile event (merged from a file) from filling the screen or the export. */
export const MAX_TEXT = 2_000;
export const MAX_LIST = 20;
const MAX_KEYS = 10;
const MAX_DEPTH = 2;

export const EMPTY: AuditValue = { kind: 'empty' };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

const clip = (text: string): string => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

export const textValue: ValueReader = (value) =>
  typeof value === 'string' ? (value === '' ? EMPTY : { kind: 'text', text: clip(value) }) : undefined;

export const numberValue =
  (unit?: 'percent' | 'months' | 'days' | 'bytes'): ValueReader =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value)
      ? unit
        ? { kind: 'number', value, unit }
        : { kind: 'number', value }
      : undefined;

export const yesNo = (value: boolean): AuditValue => ({
  kind: 'label',
  label: { key: value ? 'activity.value.yes' : 'activity.value.no' },
});

export const booleanValue: ValueReader = (value) => (typeof value === 'boolean' ? yesNo(value) : undefined);

export const dateValue: ValueReader = (value) =>
  typeof value === 'string' && isIsoDate(value) ? { kind: 'date', date: value } : undefined;

export const dateTimeValue: ValueReader = (value) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? { kind: 'dateTime', at: value } : undefined;

export const countryValue: ValueReader = (value) =>
  typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? { kind: 'country', code: value } : undefined;

/** One of a closed set of values, worded by its label (`<prefix>.<value>`). */
export const enumValue =
  (values: readonly string[], prefix: string): ValueReader =>
  (value) =>
    typeof value === 'string' && values.includes(value)
      ? { kind: 'label', label: { key: composedKey(`${prefix}.${value}`) } }
      : undefined;

export const refValue =
  (table: AuditRefTable): ValueReader =>
  (value) =>
    typeof value === 'string' && value !== '' ? { kind: 'record', table, id: value } : undefined;

/** A list whose every item `item` reads; the first MAX_LIST shown, the rest counted. */
export const listOf =
  (item: ValueReader): ValueReader =>
  (value) => {
    if (!Array.isArray(value)) return undefined;
    const items: AuditValue[] = [];
    for (const entry of value.slice(0, MAX_LIST)) {
      const read = item(entry);
      if (!read) return undefined;
      items.push(read);
    }
    return items.length === 0 ? EMPTY : { kind: 'list', items, more: value.length - items.length };
  };

/** An object shown as its parts (a listing: the list and the date), each part read by its own reader. */
export const partsOf =
  (parts: Readonly<Record<string, ValueReader>>): ValueReader =>
  (value) => {
    if (!isRecord(value)) return undefined;
    const read = Object.entries(parts).flatMap(([member, reader]) => {
      if (isBlank(value[member])) return [];
      return [reader(value[member]) ?? genericValue(value[member])];
    });
    return read.length === 0 ? EMPTY : { kind: 'parts', parts: read };
  };

/**
 * Any value shown as it is, for fields the app does not know (an event from a newer version or a file
 * from outside): text, numbers, yes/no, lists and a brief of objects, all capped.
 */
export const genericValue = (value: unknown, depth = 0): AuditValue => {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'string') return { kind: 'text', text: clip(value) };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : EMPTY;
  if (typeof value === 'boolean') return yesNo(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    if (depth >= MAX_DEPTH) return { kind: 'text', text: '[…]' };
    const items = value.slice(0, MAX_LIST).map((entry: unknown) => genericValue(entry, depth + 1));
    return { kind: 'list', items, more: value.length - items.length };
  }
  if (isRecord(value)) return { kind: 'text', text: brief(value, depth) };
  return EMPTY;
};

/** "{a: 1, b: x, …}": the first members of an object, nested objects abridged. */
const brief = (value: Record<string, unknown>, depth: number): string => {
  if (depth >= MAX_DEPTH) return '{…}';
  const keys = Object.keys(value);
  const members = keys.slice(0, MAX_KEYS).map((key) => {
    const member = value[key];
    const shown =
      typeof member === 'string'
        ? member.slice(0, 100)
        : typeof member === 'number' || typeof member === 'boolean' || member === null
          ? String(member)
          : isRecord(member)
            ? brief(member, depth + 1)
            : Array.isArray(member)
              ? `[${member.length}]`
              : '';
    return `${key.slice(0, 100)}: ${shown}`;
  });
  return `{${members.join(', ')}${keys.length > MAX_KEYS ? ', …' : ''}}`;
};

/** A value read by `reader`, or shown as it is when it is not what the reader expects. */
export const readValue = (reader: ValueReader | undefined, value: unknown): AuditValue =>
  isBlank(value) ? EMPTY : ((reader ? reader(value) : undefined) ?? genericValue(value));
