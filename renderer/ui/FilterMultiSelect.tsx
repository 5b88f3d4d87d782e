import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import type { StoreApi, UseBoundStore } from 'zustand';

type StringListKeys<S> = { [K in keyof S]: S[K] extends readonly string[] ? K : never }[keyof S];

interface FilterMultiSelectProps<S extends object, K extends StringListKeys<S>> extends Omit<
  MultiSelectProps,
  'value' | 'onChange'
> {
  useFilters: UseBoundStore<StoreApi<S & { setFilters: (patch: Partial<S>) => void }>>;
  /** The filter field this select edits: a list of chosen values. */
  field: K;
}

/**
 * A multi-choice list filter bound to one field of a filter store. It subscribes to that field alone, so
 * typing in the search box or changing another filter does not redraw it and its option list.
 */
export const FilterMultiSelect = <S extends object, K extends StringListKeys<S>>({
  useFilters,
  field,
  ...props
}: FilterMultiSelectProps<S, K>) => {
  const value = useFilters((state) => state[field]) as readonly string[];
  const setFilters = useFilters((state) => state.setFilters);
  return (
    <MultiSelect
      clearable
      {...props}
      value={[...value]}
      onChange={(next) => setFilters({ [field]: next } as Partial<S>)}
    />
  );
};
