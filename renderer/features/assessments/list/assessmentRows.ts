import {
  assessmentDue,
  assessmentDueDate,
  latestRevisions,
  scoreAssessment,
  type Assessment,
  type AssessmentDue,
  type Checklist,
  type SubjectType,
} from '@shared/domain';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import type { AssessmentFilterValues } from './useAssessmentFilters';

/** The names of the records that can be assessed, by kind and id. */
export type SubjectNames = Readonly<Record<SubjectType, ReadonlyMap<string, string>>>;

/** An assessment with what its lists show, filter and sort on, computed once per change of the data. */
export interface AssessmentRow {
  assessment: Assessment;
  /** The vendor's, dependency's or licence's name; undefined once that record is deleted. */
  subjectName: string | undefined;
  /** The checklist answered; undefined once it is deleted. */
  checklist: Checklist | undefined;
  /** 0–1; null when the checklist is gone and nothing can be counted. */
  completion: number | null;
  /** 0–100; null when no answer is scored yet (or the checklist is gone). */
  score: number | null;
  /** When it is due: a draft's due date, an approved one's next review; none once superseded by a revision. */
  dueDate: string | undefined;
  due: AssessmentDue;
  /** Subject and checklist names, folded to lower case without accents. */
  searchText: string;
}

export const buildAssessmentRows = (
  assessments: readonly Assessment[],
  checklists: ReadonlyMap<string, Checklist>,
  names: SubjectNames,
  today: string,
): AssessmentRow[] => {
  // A reopened assessment is replaced by its new revision: its old due date and next review no longer apply.
  const superseded = new Set(assessments.flatMap((assessment) => assessment.previousId ?? []));
  return assessments.map((assessment) => {
    const current = !superseded.has(assessment.id);
    const checklist = checklists.get(assessment.checklistId);
    const subjectName = names[assessment.subject.type].get(assessment.subject.id);
    const overall = checklist ? scoreAssessment(checklist, assessment.answers).overall : undefined;
    return {
      assessment,
      subjectName,
      checklist,
      completion: overall ? overall.completion : null,
      score: overall ? overall.score : null,
      dueDate: current ? assessmentDueDate(assessment) : undefined,
      due: current ? assessmentDue(assessment, today) : 'none',
      searchText: foldText([subjectName ?? '', checklist?.name ?? ''].join('\n')),
    };
  });
};

/** The rows of the latest revisions, rebuilt only when the data (or the day) change. */
export const latestAssessmentRowsOf = memoizeLast(
  (
    assessments: readonly Assessment[],
    checklists: ReadonlyMap<string, Checklist>,
    names: SubjectNames,
    today: string,
  ): AssessmentRow[] => buildAssessmentRows(latestRevisions(assessments), checklists, names, today),
);

/** Rows passing every active filter: within a filter any chosen value matches, filters combine with "and". */
export const filterAssessmentRows = (
  rows: readonly AssessmentRow[],
  filters: AssessmentFilterValues,
): AssessmentRow[] => {
  const words = searchWords(filters.search);
  return rows.filter(
    (row) =>
      words.every((word) => row.searchText.includes(word)) &&
      matchesAny(filters.statuses, [row.assessment.status]) &&
      matchesAny(filters.checklistIds, [row.assessment.checklistId]) &&
      matchesAny(filters.kinds, [row.assessment.subject.type]) &&
      (!filters.overdueOnly || row.due === 'overdue'),
  );
};
