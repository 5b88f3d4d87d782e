import { useMemo } from 'react';
import type { AssessmentSubject } from '@shared/domain';
import { useChecklists } from '@renderer/data/checklists';
import { useSubjectAssessments } from '@renderer/data/assessments';
import { localToday } from '@shared/domain';
import { buildAssessmentRows, type AssessmentRow } from '../list/assessmentRows';

export type NamedSubject = AssessmentSubject & { name: string };

/** Every assessment of one record, every revision, the newest first; undefined while loading. */
export const useSubjectAssessmentRows = ({ type, id, name }: NamedSubject): AssessmentRow[] | undefined => {
  const assessments = useSubjectAssessments({ type, id });
  const checklists = useChecklists();
  const today = localToday();
  return useMemo(() => {
    if (!assessments || !checklists) return undefined;
    const names = { vendor: new Map<string, string>(), dependency: new Map(), licence: new Map() };
    names[type].set(id, name);
    const newestFirst = [...assessments].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    return buildAssessmentRows(newestFirst, byId, names, today);
  }, [assessments, checklists, type, id, name, today]);
};
