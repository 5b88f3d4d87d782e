import { create } from 'zustand';
import type { AssessmentStatus, SubjectType } from '@shared/domain';

export interface AssessmentFilterValues {
  search: string;
  statuses: AssessmentStatus[];
  checklistIds: string[];
  kinds: SubjectType[];
  overdueOnly: boolean;
}

interface AssessmentFilterState extends AssessmentFilterValues {
  setFilters: (patch: Partial<AssessmentFilterValues>) => void;
  clearFilters: () => void;
}

export const noAssessmentFilters: AssessmentFilterValues = {
  search: '',
  statuses: [],
  checklistIds: [],
  kinds: [],
  overdueOnly: false,
};

/** The assessment list's filters, kept while the user opens an assessment and comes back. UI state only. */
export const useAssessmentFilters = create<AssessmentFilterState>()((set) => ({
  ...noAssessmentFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noAssessmentFilters),
}));

export const hasActiveAssessmentFilters = (filters: AssessmentFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.statuses.length > 0 ||
  filters.checklistIds.length > 0 ||
  filters.kinds.length > 0 ||
  filters.overdueOnly;
