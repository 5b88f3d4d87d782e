import type { Dependency, Vendor } from '@shared/domain';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import type { DependencyFilterValues } from './useDependencyFilters';

/** A dependency with what the list filters and sorts on, computed once per change of the data, not per keystroke. */
export interface DependencyRow {
  dependency: Dependency;
  /** The vendor's name; empty when the vendor is missing (which the data commands prevent). */
  vendorName: string;
  /** Name, vendor name, tags and notes, folded to lower case without accents. */
  searchText: string;
}

export const buildDependencyRows = (
  dependencies: readonly Dependency[],
  vendorNames: ReadonlyMap<string, string>,
): DependencyRow[] =>
  dependencies.map((dependency) => {
    const vendorName = vendorNames.get(dependency.vendorId) ?? '';
    return {
      dependency,
      vendorName,
      searchText: foldText([dependency.name, vendorName, ...dependency.tags, dependency.notes].join('\n')),
    };
  });

/** The rows of the current records, rebuilt only when the dependencies or the vendors change. */
export const dependencyRowsOf = memoizeLast(
  (dependencies: readonly Dependency[], vendors: readonly Vendor[]) =>
    buildDependencyRows(dependencies, new Map(vendors.map((vendor) => [vendor.id, vendor.name]))),
);

/**
 * Rows passing every active filter: each word of the search must appear somewhere in the row's text, and
 * within a multi-choice filter any chosen value matches (domain A or B), while filters combine with "and".
 */
export const filterDependencyRows = (
  rows: readonly DependencyRow[],
  filters: DependencyFilterValues,
): DependencyRow[] => {
  const words = searchWords(filters.search);
  const remoteAccess = filters.remoteAccess === 'any' ? [] : [filters.remoteAccess === 'yes'];
  return rows.filter(
    ({ dependency, searchText }) =>
      words.every((word) => searchText.includes(word)) &&
      matchesAny(filters.domains, [dependency.domain]) &&
      matchesAny(filters.kinds, [dependency.kind]) &&
      matchesAny(filters.vendorIds, [dependency.vendorId]) &&
      matchesAny(filters.criticalities, [dependency.criticality]) &&
      matchesAny(filters.substitutability, [dependency.substitutability]) &&
      matchesAny(remoteAccess, [dependency.vendorRemoteAccess]) &&
      matchesAny(filters.tags, dependency.tags),
  );
};
