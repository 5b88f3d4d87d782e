import type { Assessment, AssessmentSubject } from './assessment';
import { assessmentDueDate, dueStatus, latestRevisions } from './assessment-overview';
import type { EvidenceRecord } from './evidence';
import type { Licence } from './licence';
import { noticeDeadline } from './licence-deadlines';
import type { Risk } from './risk';

/**
 * The dates someone must act on, from every register at once: the calendar shows them, the Dashboard's
 * reminders list those overdue or due within 30 days, and the .ics export carries them — all from this one
 * function, so the three can never disagree.
 */
export const calendarEntryKindValues = [
  'licence-notice',
  'licence-end',
  'evidence-expiry',
  'assessment-due',
  'assessment-review',
  'risk-review',
  'action-due',
] as const;
export type CalendarEntryKind = (typeof calendarEntryKindValues)[number];

/**
 * - overdue: the date has passed and the thing is still to do (a missed notice of an auto-renewing licence,
 *   lapsed evidence, a late assessment, review or action);
 * - due-soon: today or within 30 days;
 * - upcoming: later;
 * - past: the date has passed and nothing is left to do about it (a licence that ended or renewed, a notice
 *   date of a licence that does not renew).
 */
export const calendarStatusValues = ['overdue', 'due-soon', 'upcoming', 'past'] as const;
export type CalendarStatus = (typeof calendarStatusValues)[number];

/** The page an entry opens: the licence, the assessment (for its evidence too) or the risk. */
export interface CalendarTarget {
  type: 'licence' | 'assessment' | 'risk';
  id: string;
}

export interface CalendarEntry {
  /** The same for the same entry in every export (kind and record), so a calendar updates it in place. */
  uid: string;
  kind: CalendarEntryKind;
  /** YYYY-MM-DD. */
  date: string;
  status: CalendarStatus;
  target: CalendarTarget;
  /** What it is about, as the user named it: the licence, the file, the assessed record, the risk, the action. */
  name: string;
  /** Where it belongs: the checklist of an assessment or of evidence, the risk of an action. */
  context?: string;
}

export interface CalendarSources {
  licences: readonly Pick<Licence, 'id' | 'title' | 'endDate' | 'noticeDays' | 'autoRenew'>[];
  assessments: readonly Pick<
    Assessment,
    'id' | 'previousId' | 'status' | 'dueDate' | 'nextReviewDate' | 'subject' | 'checklistId' | 'answers'
  >[];
  evidence: ReadonlyMap<string, Pick<EvidenceRecord, 'id' | 'fileName' | 'validUntil'>>;
  risks: readonly Pick<Risk, 'id' | 'title' | 'status' | 'reviewDate' | 'actions'>[];
  /** The name of an assessed record, and of a checklist (the caller words a deleted one). */
  subjectName: (subject: AssessmentSubject) => string;
  checklistName: (checklistId: string) => string;
}

const actionable = (date: string, today: string): CalendarStatus => {
  const due = dueStatus(date, today);
  return due === 'none' ? 'upcoming' : due;
};

/** A date that, once past, leaves nothing to do. */
const informative = (date: string, today: string): CalendarStatus =>
  date < today ? 'past' : actionable(date, today);

const kindOrder = new Map(calendarEntryKindValues.map((kind, index) => [kind, index]));

const byDate = (a: CalendarEntry, b: CalendarEntry): number =>
  a.date.localeCompare(b.date) ||
  (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0) ||
  a.name.localeCompare(b.name) ||
  a.uid.localeCompare(b.uid);

const licenceEntries = (sources: CalendarSources, today: string): CalendarEntry[] =>
  sources.licences.flatMap((licence) => {
    if (!licence.endDate) return [];
    const target: CalendarTarget = { type: 'licence', id: licence.id };
    const entries: CalendarEntry[] = [];
    const notice = noticeDeadline(licence);
    // A notice period of 0 days puts the notice on the end date, which has its own entry.
    if (notice && notice !== licence.endDate) {
      entries.push({
        uid: `licence-notice:${licence.id}`,
        kind: 'licence-notice',
        date: notice,
        // Missing the notice date of a licence that renews by itself commits the organisation to a new term.
        status: licence.autoRenew ? actionable(notice, today) : informative(notice, today),
        target,
        name: licence.title,
      });
    }
    entries.push({
      uid: `licence-end:${licence.id}`,
      kind: 'licence-end',
      date: licence.endDate,
      status: informative(licence.endDate, today),
      target,
      name: licence.title,
    });
    return entries;
  });

/**
 * Assessments by their latest revision only: a due date while open, the next review once approved. The
 * evidence their answers cite — a reopened revision keeps citing its predecessor's files — by its validity.
 */
const assessmentEntries = (sources: CalendarSources, today: string): CalendarEntry[] => {
  const seenEvidence = new Set<string>();
  return latestRevisions(sources.assessments).flatMap((assessment) => {
    const target: CalendarTarget = { type: 'assessment', id: assessment.id };
    const name = sources.subjectName(assessment.subject);
    const context = sources.checklistName(assessment.checklistId);
    const entries: CalendarEntry[] = [];
    const due = assessmentDueDate(assessment);
    if (due) {
      const kind = assessment.status === 'approved' ? 'assessment-review' : 'assessment-due';
      entries.push({
        uid: `${kind}:${assessment.id}`,
        kind,
        date: due,
        status: actionable(due, today),
        target,
        name,
        context,
      });
    }
    for (const answer of Object.values(assessment.answers)) {
      for (const evidenceId of answer.evidenceIds) {
        const evidence = sources.evidence.get(evidenceId);
        if (!evidence?.validUntil || seenEvidence.has(evidenceId)) continue;
        seenEvidence.add(evidenceId);
        entries.push({
          uid: `evidence-expiry:${evidenceId}`,
          kind: 'evidence-expiry',
          date: evidence.validUntil,
          status: actionable(evidence.validUntil, today),
          target,
          name: evidence.fileName,
          context: `${name} · ${context}`,
        });
      }
    }
    return entries;
  });
};

/** Review dates of risks still in play, and the due dates of actions not done. */
const riskEntries = (sources: CalendarSources, today: string): CalendarEntry[] =>
  sources.risks.flatMap((risk) => {
    const target: CalendarTarget = { type: 'risk', id: risk.id };
    const entries: CalendarEntry[] = [];
    if (risk.reviewDate && risk.status !== 'closed') {
      entries.push({
        uid: `risk-review:${risk.id}`,
        kind: 'risk-review',
        date: risk.reviewDate,
        status: actionable(risk.reviewDate, today),
        target,
        name: risk.title,
      });
    }
    for (const action of risk.actions) {
      if (!action.dueDate || action.status === 'done') continue;
      entries.push({
        uid: `action-due:${risk.id}:${action.id}`,
        kind: 'action-due',
        date: action.dueDate,
        status: actionable(action.dueDate, today),
        target,
        name: action.title,
        context: risk.title,
      });
    }
    return entries;
  });

/** Every dated entry of the workspace with its status on `today` (YYYY-MM-DD), in date order. */
export const calendarEntries = (sources: CalendarSources, today: string): CalendarEntry[] =>
  [
    ...licenceEntries(sources, today),
    ...assessmentEntries(sources, today),
    ...riskEntries(sources, today),
  ].sort(byDate);

/** What the Dashboard reminds of: entries overdue or due within 30 days, the oldest first. */
export const reminderEntries = (entries: readonly CalendarEntry[]): CalendarEntry[] =>
  entries.filter((entry) => entry.status === 'overdue' || entry.status === 'due-soon');

/** Entries from `from` to `to` (YYYY-MM-DD, both included) of the chosen kinds. */
export const entriesWithin = (
  entries: readonly CalendarEntry[],
  from: string,
  to: string,
  kinds: readonly CalendarEntryKind[] = calendarEntryKindValues,
): CalendarEntry[] =>
  entries.filter((entry) => entry.date >= from && entry.date <= to && kinds.includes(entry.kind));
