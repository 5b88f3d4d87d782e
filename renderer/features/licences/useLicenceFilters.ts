import { create } from 'zustand';
import type { DeadlineStatus, LicenceClass, LicenceType } from '@shared/domain';

export interface LicenceFilterValues {
  search: string;
  types: LicenceType[];
  vendorIds: string[];
  classes: LicenceClass[];
  statuses: DeadlineStatus[];
}

interface LicenceFilterState extends LicenceFilterValues {
  setFilters: (patch: Partial<LicenceFilterValues>) => void;
  clearFilters: () => void;
}

export const noLicenceFilters: LicenceFilterValues = {
  search: '',
  types: [],
  vendorIds: [],
  classes: [],
  statuses: [],
};

/** The licence register's filters, kept outside the page so that coming back finds the list as it was left. */
export const useLicenceFilters = create<LicenceFilterState>()((set) => ({
  ...noLicenceFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noLicenceFilters),
}));

export const hasActiveLicenceFilters = (filters: LicenceFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.types.length > 0 ||
  filters.vendorIds.length > 0 ||
  filters.classes.length > 0 ||
  filters.statuses.length > 0;
