import { create } from 'zustand';
import type { AuditAction } from '@shared/domain';

export interface ActivityFilterValues {
  /** Words found in who made the change or the record's name. */
  search: string;
  actors: string[];
  tables: string[];
  actions: AuditAction[];
  /** Local days, YYYY-MM-DD, both included; empty for no bound. */
  from: string;
  to: string;
}

interface ActivityFilterState extends ActivityFilterValues {
  setFilters: (patch: Partial<ActivityFilterValues>) => void;
  clearFilters: () => void;
}

export const noActivityFilters: ActivityFilterValues = {
  search: '',
  actors: [],
  tables: [],
  actions: [],
  from: '',
  to: '',
};

/** The Activity screen's filters, kept while the user opens a record and comes back. UI state only. */
export const useActivityFilters = create<ActivityFilterState>()((set) => ({
  ...noActivityFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noActivityFilters),
}));

export const hasActiveActivityFilters = (filters: ActivityFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.actors.length > 0 ||
  filters.tables.length > 0 ||
  filters.actions.length > 0 ||
  filters.from !== '' ||
  filters.to !== '';
