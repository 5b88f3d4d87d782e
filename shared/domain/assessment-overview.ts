import type { Assessment } from './assessment';
import { daysFrom } from './calendar';
import type { Checklist, SubjectType } from './checklist';

/**
 * The latest revision of each chain of revisions: the assessments no other one points back to with
 * `previousId`. Reopening an approved assessment adds a revision and keeps the old one, so lists and
 * deadlines count each chain once, by its current state.
 */
export const latestRevisions = <A extends Pick<Assessment, 'id' | 'previousId'>>(
  assessments: readonly A[],
): A[] => {
  const superseded = new Set(assessments.flatMap((assessment) => assessment.previousId ?? []));
  return assessments.filter((assessment) => !superseded.has(assessment.id));
};

export type AssessmentDue = 'overdue' | 'due-soon' | 'none';

/** An assessment is "due soon" when its due date is at most this many days away. */
export const assessmentDueSoonDays = 30;

type DueFields = Pick<Assessment, 'status' | 'dueDate' | 'nextReviewDate'>;

/**
 * The date an assessment is next due: a draft's or in-review one's due date, an approved one's next review
 * (set when it was approved). Only meaningful for the latest revision: a reopened one is superseded.
 */
export const assessmentDueDate = (assessment: DueFields): string | undefined =>
  assessment.status === 'approved' ? assessment.nextReviewDate : assessment.dueDate;

/** Where a date stands against `today` (both YYYY-MM-DD): overdue once past, due soon within 30 days. */
export const dueStatus = (date: string, today: string): AssessmentDue => {
  const days = daysFrom(today, date);
  if (days < 0) return 'overdue';
  return days <= assessmentDueSoonDays ? 'due-soon' : 'none';
};

/**
 * Where an assessment stands against its due date (compared with `today`): overdue once the date is past,
 * due soon within 30 days. An approved assessment is measured by its next review; without a date, neither.
 */
export const assessmentDue = (assessment: DueFields, today: string): AssessmentDue => {
  const date = assessmentDueDate(assessment);
  return date ? dueStatus(date, today) : 'none';
};

export interface DueAssessment<A> {
  assessment: A;
  due: Exclude<AssessmentDue, 'none'>;
}

/** Latest revisions overdue or due soon, the nearest due date first (so the most overdue lead). */
export const dueAssessments = <A extends Pick<Assessment, 'id' | 'previousId'> & DueFields>(
  assessments: readonly A[],
  today: string,
): DueAssessment<A>[] =>
  latestRevisions(assessments)
    .flatMap((assessment) => {
      const due = assessmentDue(assessment, today);
      return due === 'none' ? [] : [{ assessment, due }];
    })
    .sort((a, b) =>
      (assessmentDueDate(a.assessment) ?? '').localeCompare(assessmentDueDate(b.assessment) ?? ''),
    );

export interface FrameworkCoverage {
  checklist: Checklist;
  /** Subjects of the checklist's kind with an approved assessment against it. */
  assessed: number;
  /** Subjects of the checklist's kind with a draft or in-review assessment against it, and none approved. */
  inProgress: number;
  /** Subjects of the checklist's kind in the workspace. */
  subjects: number;
  /** assessed ÷ subjects, 0–1; null when there is no subject of that kind. */
  share: number | null;
}

/** The ids of the records of one kind: a Set, or a Map keyed by id (such as names by id). */
export type SubjectIdSet = Pick<ReadonlySet<string>, 'has' | 'size'>;

/**
 * Coverage of each framework (the board report's "checklist coverage"): a subject counts as assessed
 * against a checklist once it has an APPROVED assessment against it, whichever revision and whichever
 * version of the checklist, and counts once however many it has; a subject whose assessments are all still
 * draft or in review counts as in progress. Coverage = subjects assessed ÷ subjects of the checklist's kind
 * (vendors, dependencies or licences) in the workspace. Assessments of records since deleted are left out,
 * so coverage never exceeds 100 %. Built-in checklists are always listed (they are the frameworks a
 * regulator asks about, even before any assessment); the user's own only once used.
 */
export const frameworkCoverage = (
  checklists: readonly Checklist[],
  assessments: readonly Pick<Assessment, 'checklistId' | 'subject' | 'status'>[],
  subjectIds: Readonly<Record<SubjectType, SubjectIdSet>>,
): FrameworkCoverage[] => {
  const approved = new Map<string, Set<string>>();
  const open = new Map<string, Set<string>>();
  for (const { checklistId, subject, status } of assessments) {
    if (!subjectIds[subject.type].has(subject.id)) continue;
    const byChecklist = status === 'approved' ? approved : open;
    const subjects = byChecklist.get(checklistId) ?? new Set<string>();
    subjects.add(`${subject.type}:${subject.id}`);
    byChecklist.set(checklistId, subjects);
  }
  return checklists
    .filter((checklist) => checklist.builtIn || approved.has(checklist.id) || open.has(checklist.id))
    .map((checklist) => {
      const assessedSubjects = approved.get(checklist.id) ?? new Set<string>();
      const openSubjects = [...(open.get(checklist.id) ?? [])];
      const subjects = subjectIds[checklist.subjectType].size;
      return {
        checklist,
        assessed: assessedSubjects.size,
        inProgress: openSubjects.filter((subject) => !assessedSubjects.has(subject)).length,
        subjects,
        share: subjects > 0 ? assessedSubjects.size / subjects : null,
      };
    });
};
