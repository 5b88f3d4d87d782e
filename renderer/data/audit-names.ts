import { eventRecord, nameInEvent, namesItems, referencedRecords, type AuditRefTable } from '@shared/audit';
import type { AnswerType, Assessment, AuditAction, AuditEvent, Checklist } from '@shared/domain';
import { getAssessedChecklist, getChecklist } from './checklists';
import { workspace } from './database';

/** A checklist item as a change names it: its number in the checklist ("2.3"), question and answer type. */
export interface AuditItem {
  number: string;
  question: string;
  answerType: AnswerType;
}

/**
 * What the audit trail needs to name the records and checklist items its events point at. An assessment is
 * named by its checklist and subject; anything no longer in the workspace is undefined (the event then
 * gives the name it holds, if any).
 */
export interface AuditNames {
  record: (table: AuditRefTable, id: string) => string | undefined;
  item: (assessmentId: string, itemId: string) => AuditItem | undefined;
}

export const recordKey = (table: string, id: string): string => `${table}\u0000${id}`;

/** Each item of a checklist by id, numbered section by section as the assessment page numbers them. */
export const checklistItems = (checklist: Pick<Checklist, 'sections'>): Map<string, AuditItem> =>
  new Map(
    checklist.sections.flatMap((section, s) =>
      section.items.map(
        (item, i) =>
          [
            item.id,
            { number: `${s + 1}.${i + 1}`, question: item.text, answerType: item.answerType },
          ] as const,
      ),
    ),
  );

const nameOf = (table: AuditRefTable, record: Record<string, unknown>): string | undefined => {
  const name =
    table === 'licences' || table === 'risks'
      ? record.title
      : table === 'evidence'
        ? record.fileName
        : record.name;
  return typeof name === 'string' ? name : undefined;
};

/** How an assessment is named: "checklist — subject", as its page titles it. */
export type AssessmentNamer = (checklist: string, subject: string) => string;

/**
 * Reads the names of every record the events point at and the items of the assessments whose answers
 * they change: one bulkGet per table, so a record's history costs a handful of reads whatever its length.
 */
export const readAuditNames = async (
  events: readonly AuditEvent[],
  nameAssessment: AssessmentNamer,
): Promise<AuditNames> => {
  const db = workspace();
  const wanted = new Map<AuditRefTable, Set<string>>();
  const want = (table: AuditRefTable, id: string) => {
    const ids = wanted.get(table) ?? new Set<string>();
    ids.add(id);
    wanted.set(table, ids);
  };
  for (const event of events) for (const { table, id } of referencedRecords(event)) want(table, id);
  const itemsOf = events.filter(namesItems).map((event) => event.recordId);
  for (const id of itemsOf) want('assessments', id);

  const records = new Map<string, Record<string, unknown>>();
  const read = async (table: AuditRefTable) => {
    const ids = [...(wanted.get(table) ?? [])];
    const found = await db.table<Record<string, unknown>, string>(table).bulkGet(ids);
    found.forEach((record, index) => record && records.set(recordKey(table, ids[index] as string), record));
  };
  // Assessments first: their subjects and checklists are then read with the rest.
  await read('assessments');
  const assessments = [...(wanted.get('assessments') ?? [])].flatMap((id) => {
    const assessment = records.get(recordKey('assessments', id)) as Assessment | undefined;
    return assessment ? [assessment] : [];
  });
  const table = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;
  for (const assessment of assessments) want(table[assessment.subject.type], assessment.subject.id);
  await Promise.all((['vendors', 'dependencies', 'licences', 'risks', 'evidence'] as const).map(read));
  const checklists = new Map<string, Checklist>();
  for (const id of new Set([...(wanted.get('checklists') ?? []), ...assessments.map((a) => a.checklistId)])) {
    const checklist = await getChecklist(id);
    if (checklist) checklists.set(id, checklist);
  }

  const items = new Map<string, Map<string, AuditItem>>();
  for (const assessment of assessments) {
    // Items are named as the version the assessment was answered against words them.
    const checklist = itemsOf.includes(assessment.id) ? await getAssessedChecklist(assessment) : null;
    if (checklist) items.set(assessment.id, checklistItems(checklist));
  }
  const name = (kind: AuditRefTable, id: string): string | undefined => {
    if (kind === 'checklists') return checklists.get(id)?.name;
    const record = records.get(recordKey(kind, id));
    if (!record) return undefined;
    if (kind !== 'assessments') return nameOf(kind, record);
    const { checklistId, subject } = record as Assessment;
    return nameAssessment(
      checklists.get(checklistId)?.name ?? '',
      name(table[subject.type], subject.id) ?? '',
    );
  };
  return { record: name, item: (assessmentId, itemId) => items.get(assessmentId)?.get(itemId) };
};

/**
 * What an event is about: its action, table and record, and the name the event itself holds (if any); for
 * a bulk event, which bulk action, the table of its records, its source file and how many records it lists.
 */
export interface EventSubject {
  action: AuditAction;
  table: string;
  recordId: string;
  name: string | undefined;
  recordCount?: number | undefined;
}

export const eventSubject = (event: AuditEvent): EventSubject => ({
  action: event.action,
  table: event.table,
  recordId: event.recordId,
  name: nameInEvent(event),
  recordCount: event.records?.length,
});

/** The name of the record an event is about: its name now, or the one the event holds (a deleted record). */
export const subjectName = (subject: EventSubject, names: AuditNames): string | undefined => {
  const record = subject.recordCount === undefined ? eventRecord(subject) : undefined;
  return (record && names.record(record.table, record.id)) ?? subject.name;
};
