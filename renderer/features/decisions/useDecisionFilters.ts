import { create } from 'zustand';
import type { DecisionStatus } from '@shared/domain';

export interface DecisionFilterValues {
  search: string;
  statuses: DecisionStatus[];
}

interface DecisionFilterState extends DecisionFilterValues {
  setFilters: (patch: Partial<DecisionFilterValues>) => void;
  clearFilters: () => void;
}

export const noDecisionFilters: DecisionFilterValues = { search: '', statuses: [] };

/** The list's filters, kept while the user opens a decision and comes back. UI state only. */
export const useDecisionFilters = create<DecisionFilterState>()((set) => ({
  ...noDecisionFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noDecisionFilters),
}));

export const hasActiveDecisionFilters = (filters: DecisionFilterValues): boolean =>
  filters.search.trim() !== '' || filters.statuses.length > 0;
