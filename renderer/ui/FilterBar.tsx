import { Button, Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi, UseBoundStore } from 'zustand';
import classes from './FilterBar.module.css';

interface SearchableFilters {
  search: string;
  setFilters: (patch: { search: string }) => void;
  clearFilters: () => void;
}

interface FilterSearchFieldProps<S extends SearchableFilters> {
  useFilters: UseBoundStore<StoreApi<S>>;
  label: string;
  placeholder: string;
  w: number;
}

/**
 * A list's search box, subscribed to the search text alone: a keystroke re-renders this field, not the
 * other filters beside it (whose option lists are costly to redraw on every character).
 */
const FilterSearchField = <S extends SearchableFilters>({
  useFilters,
  label,
  placeholder,
  w,
}: FilterSearchFieldProps<S>) => {
  const search = useFilters((state) => state.search);
  const setFilters = useFilters((state) => state.setFilters);
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      type="search"
      value={search}
      onChange={(event) => setFilters({ search: event.currentTarget.value })}
      w={w}
    />
  );
};

interface ClearFiltersButtonProps<S extends SearchableFilters> {
  useFilters: UseBoundStore<StoreApi<S>>;
  isActive: (filters: S) => boolean;
  label: string;
}

/** "Clear filters", enabled while any filter is set; re-renders only when that changes. */
const ClearFiltersButton = <S extends SearchableFilters>({
  useFilters,
  isActive,
  label,
}: ClearFiltersButtonProps<S>) => {
  const active = useFilters(isActive);
  const clearFilters = useFilters((state) => state.clearFilters);
  return (
    <Button variant="subtle" onClick={clearFilters} disabled={!active}>
      {label}
    </Button>
  );
};

/** The lists whose filter words sit under `<list>.filters` (label, search, searchPlaceholder, clear). */
type FilteredList =
  'activity' | 'assessmentLists' | 'decisions' | 'dependencies' | 'licences' | 'risks' | 'vendors';

interface FilterBarProps<S extends SearchableFilters> {
  list: FilteredList;
  useFilters: UseBoundStore<StoreApi<S>>;
  isActive: (filters: S) => boolean;
  searchWidth: number;
  /** Every field and button off, while the list has only its first rows (a filter would miss the rest). */
  disabled?: boolean;
  /** The list's own filters, between the search box and "Clear filters". */
  children: ReactNode;
}

/**
 * The bar above a list: a search landmark named after the list, its search box first, its own filters,
 * and "Clear filters" last — the same on every list.
 */
export const FilterBar = <S extends SearchableFilters>({
  list,
  useFilters,
  isActive,
  searchWidth,
  disabled = false,
  children,
}: FilterBarProps<S>) => {
  const { t } = useTranslation();
  return (
    // A fieldset, so that `disabled` turns off every control inside it, the list's own filters included.
    <fieldset
      disabled={disabled}
      className={classes.bar}
      role="search"
      aria-label={t(`${list}.filters.label`)}
    >
      <Group align="flex-end" gap="sm">
        <FilterSearchField
          useFilters={useFilters}
          label={t(`${list}.filters.search`)}
          placeholder={t(`${list}.filters.searchPlaceholder`)}
          w={searchWidth}
        />
        {children}
        <ClearFiltersButton useFilters={useFilters} isActive={isActive} label={t(`${list}.filters.clear`)} />
      </Group>
    </fieldset>
  );
};
