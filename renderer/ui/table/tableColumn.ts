import type { ColumnDef } from '@tanstack/react-table';

/**
 * A column of any value type. A table's columns hold text, numbers and dates side by side, and TanStack's
 * ColumnDef is invariant in its value type, so this is the one place the value type is left open.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: no sound wider type exists
export type TableColumn<T> = ColumnDef<T, any>;
