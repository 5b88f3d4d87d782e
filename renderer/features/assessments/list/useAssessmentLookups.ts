import { useMemo } from 'react';
import type { Checklist } from '@shared/domain';
import { useChecklists } from '@renderer/data/checklists';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useVendors } from '@renderer/data/vendors';
import type { SubjectNames } from './assessmentRows';
import { subjectNamesOf } from './subjectNames';

export interface AssessmentLookups {
  checklists: readonly Checklist[];
  checklistsById: ReadonlyMap<string, Checklist>;
  names: SubjectNames;
}

/** What turns assessments into rows: their checklists and their subjects' names; undefined while loading. */
export const useAssessmentLookups = (): AssessmentLookups | undefined => {
  const checklists = useChecklists();
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  return useMemo(() => {
    if (!checklists || !vendors || !dependencies || !licences) return undefined;
    return {
      checklists,
      checklistsById: new Map(checklists.map((checklist) => [checklist.id, checklist])),
      names: subjectNamesOf(vendors, dependencies, licences),
    };
  }, [checklists, vendors, dependencies, licences]);
};
