import type { AuditEvent } from '../domain/audit';
import { recordChanges } from './bulk';
import { tableSpec, type FieldSpec } from './fields';
import {
  auditRefTables,
  EMPTY,
  genericValue,
  isBlank,
  isRecord,
  readValue,
  type AuditRefTable,
  type AuditText,
  type AuditValue,
} from './values';

/**
 * How a line reads: `set` gives the value a record was created with (or a mark, such as a review, gives
 * the day it took place), `change` the value before and after, `was` the value a deleted record held.
 */
export type ChangeMode = 'set' | 'change' | 'was';

/** One field of one event: its name (a path for nested fields), and its value before and after. */
export interface AuditChange {
  field: readonly AuditText[];
  mode: ChangeMode;
  before: AuditValue;
  after: AuditValue;
}

export interface AuditDescription {
  changes: readonly AuditChange[];
  /** Lines past the cap, said as "+N more" (an event merged from a file may hold any number). */
  omitted: number;
}

export const MAX_CHANGES = 100;
const ANSWER_PREFIX = 'answers.';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

const modeOf = (action: AuditEvent['action']): ChangeMode =>
  action === 'create' ? 'set' : action === 'delete' ? 'was' : 'change';

type Out = AuditChange[];

const push = (
  out: Out,
  field: readonly AuditText[],
  mode: ChangeMode,
  before: AuditValue,
  after: AuditValue,
) => {
  if (mode === 'set' && after.kind === 'empty') return;
  if (mode === 'was' && before.kind === 'empty') return;
  if (before.kind === 'empty' && after.kind === 'empty') return;
  out.push({ field, mode, before, after });
};

const objectOrEmpty = (value: unknown): Record<string, unknown> | undefined =>
  isRecord(value) ? value : isBlank(value) ? {} : undefined;

/** A field diffed member by member: only the members that changed (all of them on a create or delete). */
const describeMembers = (
  label: readonly AuditText[],
  members: NonNullable<FieldSpec['members']>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  mode: ChangeMode,
  out: Out,
): void => {
  for (const member of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (mode === 'change' && same(before[member], after[member])) continue;
    const memberSpec = members(member) ?? { label: { text: member } };
    describeField([...label, memberSpec.label], memberSpec, before[member], after[member], mode, out);
  }
};

/** A list of objects with ids (a risk's actions): each added, removed or changed item on its own line. */
const describeItems = (
  label: readonly AuditText[],
  items: NonNullable<FieldSpec['items']>,
  before: readonly unknown[],
  after: readonly unknown[],
  mode: ChangeMode,
  out: Out,
): void => {
  const byId = (list: readonly unknown[]) =>
    new Map(
      list.flatMap((item, index) =>
        isRecord(item) ? [[typeof item.id === 'string' ? item.id : `#${index}`, item] as const] : [],
      ),
    );
  const [was, is] = [byId(before), byId(after)];
  const nameOf = (item: Record<string, unknown>, id: string): AuditText => {
    const name = item[items.name];
    return { text: typeof name === 'string' && name !== '' ? name : id };
  };
  const summary = (item: Record<string, unknown>): AuditValue => {
    const parts = Object.entries(items.members)
      .filter(([member, spec]) => member !== items.name && !spec.hidden && !isBlank(item[member]))
      .map(([member, spec]) => readValue(spec.value, item[member]));
    return { kind: 'parts', parts: parts.length > 0 ? parts : [readValue(undefined, item[items.name])] };
  };
  for (const id of new Set([...is.keys(), ...was.keys()])) {
    const [old, now] = [was.get(id), is.get(id)];
    if (mode === 'change' && old && now) {
      if (same(old, now)) continue;
      describeMembers([...label, nameOf(now, id)], memberOf(items), old, now, mode, out);
    } else {
      const item = (now ?? old) as Record<string, unknown>;
      push(out, [...label, nameOf(item, id)], mode, old ? summary(old) : EMPTY, now ? summary(now) : EMPTY);
    }
  }
};

const memberOf =
  (items: NonNullable<FieldSpec['items']>) =>
  (member: string): FieldSpec | undefined =>
    Object.hasOwn(items.members, member) ? items.members[member] : undefined;

const describeField = (
  label: readonly AuditText[],
  spec: FieldSpec | undefined,
  before: unknown,
  after: unknown,
  mode: ChangeMode,
  out: Out,
): void => {
  if (spec?.hidden) return;
  const lineMode = spec?.mark ? 'set' : mode;
  if (spec?.members) {
    const [b, a] = [objectOrEmpty(before), objectOrEmpty(after)];
    if (b && a) return describeMembers(label, spec.members, b, a, lineMode, out);
  }
  if (spec?.items) {
    const [b, a] = [before ?? [], after ?? []];
    if (Array.isArray(b) && Array.isArray(a)) return describeItems(label, spec.items, b, a, lineMode, out);
  }
  push(out, label, lineMode, readValue(spec?.value, before), readValue(spec?.value, after));
};

const answerValue = (itemId: string, value: unknown): AuditValue =>
  value === null || value === undefined
    ? { kind: 'label', label: { key: 'assessments.answer.unanswered' } }
    : typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
      ? { kind: 'answer', itemId, value }
      : genericValue(value);

const evidenceCount = (answer: Record<string, unknown>): AuditValue => {
  const count = Array.isArray(answer.evidenceIds) ? answer.evidenceIds.length : 0;
  return count === 0 ? EMPTY : { kind: 'label', label: { key: 'activity.value.files', params: { count } } };
};

/** One answer of an assessment (field `answers.<itemId>`): its value, comment and evidence, as they changed. */
const describeAnswer = (itemId: string, before: unknown, after: unknown, mode: ChangeMode, out: Out) => {
  const item: AuditText = { item: itemId };
  const [b, a] = [objectOrEmpty(before), objectOrEmpty(after)];
  if (!b || !a) return push(out, [item], mode, genericValue(before), genericValue(after));
  if (!same(b.value, a.value))
    push(out, [item], mode, answerValue(itemId, b.value), answerValue(itemId, a.value));
  const comment: AuditText[] = [item, { key: 'activity.fields.comment' }];
  if (!same(b.comment, a.comment))
    push(out, comment, mode, readValue(undefined, b.comment), readValue(undefined, a.comment));
  if (!same(b.evidenceIds, a.evidenceIds))
    push(out, [item, { key: 'activity.fields.evidence' }], mode, evidenceCount(b), evidenceCount(a));
};

const cache = new WeakMap<AuditEvent, AuditDescription>();

/**
 * What an event changed, field by field, in the order of the record's form; fields the app does not
 * know are shown as they are, after the others. Never throws, whatever an event from a file holds.
 */
export const describeAuditEvent = (event: AuditEvent): AuditDescription => {
  const cached = cache.get(event);
  if (cached) return cached;
  const spec = tableSpec(event.table, event.recordId);
  const changes = event.changes ?? {};
  const fields = Object.keys(changes);
  const known = Object.keys(spec).filter((field) => Object.hasOwn(changes, field));
  const order = [...known, ...fields.filter((field) => !Object.hasOwn(spec, field))];
  const mode = modeOf(event.action);
  const out: Out = [];
  let done = 0;
  for (const field of order) {
    if (out.length >= MAX_CHANGES) break;
    done += 1;
    const [before, after] = changes[field] ?? [null, null];
    if (event.table === 'assessments' && field.startsWith(ANSWER_PREFIX)) {
      describeAnswer(field.slice(ANSWER_PREFIX.length), before, after, mode, out);
      continue;
    }
    const fieldSpec = Object.hasOwn(spec, field) ? spec[field] : undefined;
    describeField([fieldSpec?.label ?? { text: field }], fieldSpec, before, after, mode, out);
  }
  const description = {
    changes: out.slice(0, MAX_CHANGES),
    omitted: Math.max(0, out.length - MAX_CHANGES) + (order.length - done),
  };
  cache.set(event, description);
  return description;
};

/** The record an event is about, when it has a page: an SBOM's events are its dependency's. */
export const eventRecord = (
  event: Pick<AuditEvent, 'table' | 'recordId'>,
): { table: AuditRefTable; id: string } | undefined =>
  event.table === 'sbomComponents'
    ? { table: 'dependencies', id: event.recordId }
    : (auditRefTables as readonly string[]).includes(event.table)
      ? { table: event.table as AuditRefTable, id: event.recordId }
      : undefined;

/**
 * The name an event itself gives its record (a create or delete holds it whole): for records since deleted.
 * A bulk event is named by its source, the file it imported.
 */
export const nameInEvent = (event: AuditEvent): string | undefined => {
  if (event.records) return event.recordId;
  for (const field of ['name', 'title', 'fileName']) {
    const change = event.changes?.[field];
    const name = change ? (event.action === 'delete' ? change[0] : (change[1] ?? change[0])) : undefined;
    if (typeof name === 'string' && name !== '') return name;
  }
  return undefined;
};

/** Every record an event's description names, so their names can be read in one go. */
export const referencedRecords = (event: AuditEvent): { table: AuditRefTable; id: string }[] => {
  if (event.records) return recordChanges(event).flatMap(referencedRecords);
  const found: { table: AuditRefTable; id: string }[] = [];
  const main = eventRecord(event);
  if (main) found.push(main);
  const visitText = (text: AuditText) => {
    if ('record' in text) found.push({ table: text.record, id: text.id });
  };
  const visit = (value: AuditValue): void => {
    if (value.kind === 'record') found.push({ table: value.table, id: value.id });
    else if (value.kind === 'label') visitText(value.label);
    else if (value.kind === 'list') value.items.forEach(visit);
    else if (value.kind === 'parts') value.parts.forEach(visit);
  };
  for (const change of describeAuditEvent(event).changes) {
    change.field.forEach(visitText);
    visit(change.before);
    visit(change.after);
  }
  return found;
};

/** True when the description names checklist items, which are read from the assessment's checklist. */
export const namesItems = (event: AuditEvent): boolean =>
  event.table === 'assessments' &&
  describeAuditEvent(event).changes.some((change) => change.field.some((text) => 'item' in text));
