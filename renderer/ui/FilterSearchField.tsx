import { Button, TextInput } from '@mantine/core';
import type { StoreApi, UseBoundStore } from 'zustand';

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
export const FilterSearchField = <S extends SearchableFilters>({
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
export const ClearFiltersButton = <S extends SearchableFilters>({
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
