import { create } from 'zustand';
import type { DependencyKind, NetworkDomain, Substitutability } from '@shared/domain';

export type RemoteAccessFilter = 'any' | 'yes' | 'no';

export interface DependencyFilterValues {
  search: string;
  domains: NetworkDomain[];
  kinds: DependencyKind[];
  vendorIds: string[];
  criticalities: number[];
  substitutability: Substitutability[];
  remoteAccess: RemoteAccessFilter;
  tags: string[];
}

interface DependencyFilterState extends DependencyFilterValues {
  setFilters: (patch: Partial<DependencyFilterValues>) => void;
  clearFilters: () => void;
}

export const noDependencyFilters: DependencyFilterValues = {
  search: '',
  domains: [],
  kinds: [],
  vendorIds: [],
  criticalities: [],
  substitutability: [],
  remoteAccess: 'any',
  tags: [],
};

/**
 * The dependency list's filters live outside the page so that opening a dependency and coming back finds
 * the list as it was left. UI state only: the rows themselves always come from the live database query.
 */
export const useDependencyFilters = create<DependencyFilterState>()((set) => ({
  ...noDependencyFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noDependencyFilters),
}));

export const hasActiveFilters = (filters: DependencyFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.domains.length > 0 ||
  filters.kinds.length > 0 ||
  filters.vendorIds.length > 0 ||
  filters.criticalities.length > 0 ||
  filters.substitutability.length > 0 ||
  filters.remoteAccess !== 'any' ||
  filters.tags.length > 0;
