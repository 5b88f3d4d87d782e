import {
  bulkActionOf,
  describeAuditEvent,
  describeBulkCounts,
  describeBulkSubject,
  eventRecord,
  recordChanges,
  type BulkAction,
  type AuditChange,
  type AuditText,
  type AuditValue,
} from '@shared/audit';
import type { AuditEvent, AuditImport } from '@shared/domain';
import type { ActivityExportRow } from '@shared/export';
import type { Translate } from '@shared/import';
import {
  eventSubject,
  subjectName,
  type AuditItem,
  type AuditNames,
  type EventSubject,
} from '@renderer/data/audit-names';
import type { NumberFormatters } from '@renderer/ui/useFormatNumber';

/** The language's words and formats, handed in so the wording is the same on screen and in the export. */
export interface AuditWordingTools {
  t: Translate;
  formatDate: (date: string) => string;
  formatDateTime: (at: string) => string;
  /** Any number, decimals kept: a cost of 12,500.5 is not 12,501. */
  formatNumber: (value: number) => string;
  numbers: NumberFormatters;
  countryName: (code: string) => string;
}

/** One change worded: the field (a path for nested fields) and its values, and the whole line. */
export interface WordedChange {
  mode: AuditChange['mode'];
  field: string;
  before: string;
  after: string;
  line: string;
}

const QUESTION_LENGTH = 200;

const shorten = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

const itemLabel = (item: AuditItem): string => `${item.number} ${shorten(item.question, QUESTION_LENGTH)}`;

/**
 * Words audit events in the UI's language: enum values by their labels, records by their names, dates,
 * numbers and countries in the language's formats. Pure, so the history, the Activity screen and the
 * export cannot word one change two ways.
 */
export const makeAuditWording = ({
  t,
  formatDate,
  formatDateTime,
  formatNumber,
  numbers,
  countryName,
}: AuditWordingTools) => {
  const deleted = t('activity.deletedRecord');

  const text = (piece: AuditText, event: AuditEvent, names: AuditNames): string => {
    if ('text' in piece) return piece.text;
    if ('record' in piece) return names.record(piece.record, piece.id) ?? deleted;
    if ('item' in piece) {
      const item = names.item(event.recordId, piece.item);
      return item ? itemLabel(item) : piece.item;
    }
    const translated = Object.fromEntries(
      Object.entries(piece.keyParams ?? {}).map(([name, key]) => [name, t(key)]),
    );
    return t(piece.key, { ...piece.params, ...translated });
  };

  const answer = (value: string | number, item: AuditItem | undefined): string => {
    if (value === 'yes' || value === 'no' || value === 'partial' || value === 'na')
      return t(`assessments.answer.${value}`);
    if (typeof value === 'number') return t('assessments.answer.maturity', { value });
    return item?.answerType === 'date' ? formatDate(value) : value;
  };

  const value = (shown: AuditValue, event: AuditEvent, names: AuditNames): string => {
    switch (shown.kind) {
      case 'empty':
        return t('activity.value.empty');
      case 'text':
        return shown.text;
      case 'label':
        return text(shown.label, event, names);
      case 'number':
        if (shown.unit === 'percent') return numbers.percent(shown.value / 100);
        if (shown.unit === 'bytes') return numbers.bytes(shown.value);
        if (shown.unit) return t(`activity.value.${shown.unit}`, { count: shown.value });
        return formatNumber(shown.value);
      case 'date':
        return formatDate(shown.date);
      case 'dateTime':
        return formatDateTime(shown.at);
      case 'country':
        return countryName(shown.code);
      case 'record':
        return names.record(shown.table, shown.id) ?? deleted;
      case 'answer':
        return answer(shown.value, names.item(event.recordId, shown.itemId));
      case 'list': {
        const items = shown.items.map((item) => value(item, event, names));
        if (shown.more > 0) items.push(t('activity.value.more', { count: shown.more }));
        return items.join(', ');
      }
      case 'parts':
        return shown.parts.map((part) => value(part, event, names)).join(' · ');
    }
  };

  const change = (line: AuditChange, event: AuditEvent, names: AuditNames): WordedChange => {
    const field = line.field.map((piece) => text(piece, event, names)).join(t('activity.fieldSeparator'));
    const before = value(line.before, event, names);
    const after = value(line.after, event, names);
    return {
      mode: line.mode,
      field,
      before,
      after,
      line: t(`activity.change.${line.mode}`, { field, before, after }),
    };
  };

  /** Every change of an event worded, and how many were left out past the cap. */
  const changes = (event: AuditEvent, names: AuditNames): { lines: WordedChange[]; omitted: number } => {
    const description = describeAuditEvent(event);
    return {
      lines: description.changes.map((line) => change(line, event, names)),
      omitted: description.omitted,
    };
  };

  const recordType = (subject: Pick<EventSubject, 'table'>): string =>
    t(`activity.table.${subject.table}`, { defaultValue: subject.table });

  /** What a bulk action wrote: "10,000 vendors from vendors.csv". */
  const bulkSubject = (whole: BulkAction): string => {
    const said = describeBulkSubject(whole);
    return 'key' in said ? t(said.key, { ...said.params, table: recordType(whole) }) : '';
  };

  /** A bulk event's counts on one line: "9,000 created, 1,000 changed". */
  const bulkCounts = (event: AuditEvent): string =>
    describeBulkCounts(event)
      .map((said) => ('key' in said ? t(said.key, said.params) : ''))
      .join(t('activity.bulk.countSeparator'));

  /** The line a record's history gives its part of a bulk action: "Part of the import of …", "… merge of …". */
  const partOf = (whole: BulkAction): string =>
    t(`activity.bulk.partOf.${whole.action}`, { subject: bulkSubject(whole) });

  /**
   * The record an event is about, by name: a settings row by what it holds, a deleted record by the name
   * the event kept, a bulk event by what it wrote.
   */
  const recordName = (subject: EventSubject, names: AuditNames): string => {
    if (subject.recordCount !== undefined)
      return bulkSubject({
        action: bulkActionOf(subject.action),
        table: subject.table,
        source: subject.recordId,
        count: subject.recordCount,
      });
    if (subject.table === 'settings')
      return t(`activity.settingsRow.${subject.recordId}`, { defaultValue: subject.recordId });
    return subjectName(subject, names) ?? (eventRecord(subject) ? deleted : subject.recordId);
  };

  const imported = (mark: AuditImport): string =>
    t('activity.imported', {
      fileName: mark.fileName,
      sha256: `${mark.sha256.slice(0, 12)}…`,
      by: mark.by || t('common.unnamedUser'),
      date: formatDateTime(mark.at),
    });

  /** The record an event is about, with its type ("Vendor: Acme"); a bulk event by what it wrote. */
  const recordLabel = (subject: EventSubject, names: AuditNames): string =>
    subject.recordCount !== undefined
      ? recordName(subject, names)
      : t('activity.recordName', { type: recordType(subject), name: recordName(subject, names) });

  /** What an event changed on one line, as the Activity list shows it; a bulk event by its counts. */
  const summary = (event: AuditEvent, names: AuditNames): string => {
    if (event.records) return bulkCounts(event);
    const { lines, omitted } = changes(event, names);
    return [
      ...lines.map(({ line }) => line),
      ...(omitted > 0 ? [t('activity.more', { count: omitted })] : []),
    ].join(' · ');
  };

  const actor = (event: Pick<AuditEvent, 'actor'>): string => event.actor || t('common.unnamedUser');

  /** A record's change as a row of the export: each field on its own line of one cell, times as recorded (ISO 8601). */
  const exportRow = (event: AuditEvent, names: AuditNames): ActivityExportRow => {
    const { lines, omitted } = changes(event, names);
    const all = lines.map(({ line }) => line);
    if (omitted > 0) all.push(t('activity.more', { count: omitted }));
    return {
      at: event.at,
      actor: event.actor,
      action: t(`activity.action.${event.action}`),
      recordType: recordType(event),
      record: recordName(eventSubject(event), names),
      recordId: event.recordId,
      changes: all.join('\n'),
      importedFrom: event.imported?.fileName ?? '',
      importedBy: event.imported?.by ?? '',
      importedAt: event.imported?.at ?? '',
      eventId: event.id,
    };
  };

  /** An event as rows of the export: one, or one per record of a bulk event (each with the event's id). */
  const exportRows = (event: AuditEvent, names: AuditNames): ActivityExportRow[] =>
    recordChanges(event).map((change) => exportRow(change, names));

  return {
    text,
    value,
    change,
    changes,
    summary,
    recordType,
    recordName,
    recordLabel,
    partOf,
    imported,
    actor,
    exportRows,
  };
};

export type AuditWording = ReturnType<typeof makeAuditWording>;
