import { create } from 'zustand';
import type { Listing, Ownership, SovereigntyStatus } from '@shared/domain';
import type { VendorRoleFilter } from '@shared/domain/standards';

export interface VendorFilterValues {
  search: string;
  countries: string[];
  ownership: Ownership[];
  listings: Listing[];
  levels: SovereigntyStatus[];
  tags: string[];
  /** Suppliers, patent holders, both or all (issue 13: declaring companies are vendors too). */
  role: VendorRoleFilter;
}

interface VendorFilterState extends VendorFilterValues {
  setFilters: (patch: Partial<VendorFilterValues>) => void;
  clearFilters: () => void;
}

export const noVendorFilters: VendorFilterValues = {
  search: '',
  countries: [],
  ownership: [],
  listings: [],
  levels: [],
  tags: [],
  role: 'all',
};

/**
 * The vendor list's filters live outside the page so that opening a vendor and coming back finds the list
 * as it was left. UI state only: the rows themselves always come from the live database query.
 */
export const useVendorFilters = create<VendorFilterState>()((set) => ({
  ...noVendorFilters,
  setFilters: (patch) => set(patch),
  clearFilters: () => set(noVendorFilters),
}));

export const hasActiveFilters = (filters: VendorFilterValues): boolean =>
  filters.search.trim() !== '' ||
  filters.countries.length > 0 ||
  filters.ownership.length > 0 ||
  filters.listings.length > 0 ||
  filters.levels.length > 0 ||
  filters.tags.length > 0 ||
  filters.role !== 'all';
