import { assessSovereignty, type SovereigntyAssessment, type Vendor } from '@shared/domain';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import type { VendorFilterValues } from './useVendorFilters';

/** A vendor with what the list filters and sorts on, computed once per change of the vendors, not per keystroke. */
export interface VendorRow {
  vendor: Vendor;
  /** Name, legal name, tags and notes, folded to lower case without accents. */
  searchText: string;
  sovereignty: SovereigntyAssessment;
}

/** Rebuilt only when the vendors change, so reopening the list does not redo 10,000 assessments. */
export const buildVendorRows = memoizeLast((vendors: readonly Vendor[]): VendorRow[] =>
  vendors.map((vendor) => ({
    vendor,
    searchText: foldText([vendor.name, vendor.legalName ?? '', ...vendor.tags, vendor.notes].join('\n')),
    sovereignty: assessSovereignty(vendor),
  })),
);

/**
 * Rows passing every active filter: each word of the search must appear somewhere in the row's text, and
 * within a multi-choice filter any chosen value matches (country A or B), while filters combine with "and".
 */
export const filterVendorRows = (rows: readonly VendorRow[], filters: VendorFilterValues): VendorRow[] => {
  const words = searchWords(filters.search);
  return rows.filter(
    ({ vendor, searchText, sovereignty }) =>
      words.every((word) => searchText.includes(word)) &&
      matchesAny(filters.countries, [vendor.hqCountry]) &&
      matchesAny(filters.ownership, [vendor.ownership]) &&
      matchesAny(
        filters.listings,
        vendor.listings.map((listing) => listing.list),
      ) &&
      matchesAny(filters.levels, [sovereignty.level]) &&
      matchesAny(filters.tags, vendor.tags),
  );
};

/** Number of dependencies per vendor id, counted in one pass over all dependencies (again only when they change). */
export const countByVendor = memoizeLast(
  (dependencies: readonly { vendorId: string }[]): ReadonlyMap<string, number> => {
    const counts = new Map<string, number>();
    for (const { vendorId } of dependencies) counts.set(vendorId, (counts.get(vendorId) ?? 0) + 1);
    return counts;
  },
);
