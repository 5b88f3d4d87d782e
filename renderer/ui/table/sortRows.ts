import type { SortingState } from '@tanstack/react-table';
import type { TableColumn } from './tableColumn';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const asText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** Numbers in numeric order, everything else as text the way a reader sorts it. */
export const compareValues = (a: unknown, b: unknown): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(asText(a), asText(b));
};

type Accessor<T> = (row: T, index: number) => unknown;

const accessorOf = <T>(columns: TableColumn<T>[], id: string): Accessor<T> | undefined => {
  for (const column of columns) {
    if ('accessorFn' in column && column.id === id) return column.accessorFn as Accessor<T>;
    if ('accessorKey' in column && (column.id ?? String(column.accessorKey)) === id) {
      const key = column.accessorKey as keyof T;
      return (row) => row[key];
    }
  }
  return undefined;
};

/**
 * The rows in the order of the sorting rules (first rule first, later ones break ties). Each sort value is
 * read once per row, then the rows are sorted on those values: O(n log n) for 50,000 rows, done only when
 * the data or the sorting changes. No rule gives the data back untouched.
 */
export const sortRows = <T>(
  data: readonly T[],
  columns: TableColumn<T>[],
  sorting: SortingState,
): readonly T[] => {
  const rules = sorting.flatMap((rule) => {
    const accessor = accessorOf(columns, rule.id);
    return accessor ? [{ accessor, direction: rule.desc ? -1 : 1 }] : [];
  });
  if (rules.length === 0) return data;
  const keyed = data.map((row, index) => ({ row, keys: rules.map((rule) => rule.accessor(row, index)) }));
  keyed.sort((a, b) => {
    for (const [position, rule] of rules.entries()) {
      const [keyA, keyB] = [a.keys[position], b.keys[position]];
      // Blanks go last in either direction: a missing value is not the smallest one.
      if (isBlank(keyA) || isBlank(keyB)) {
        if (isBlank(keyA) !== isBlank(keyB)) return isBlank(keyA) ? 1 : -1;
        continue;
      }
      const order = compareValues(keyA, keyB);
      if (order !== 0) return order * rule.direction;
    }
    return 0;
  });
  return keyed.map((entry) => entry.row);
};
