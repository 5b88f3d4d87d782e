import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';
import { sortRows } from './sortRows';
import type { TableColumn } from './tableColumn';

export interface DataTableProps<T> {
  /** The rows to show, already filtered by the screen; the table sorts and virtualizes them. */
  data: readonly T[];
  columns: TableColumn<T>[];
  getRowId: (row: T) => string;
  /** The table's accessible name, e.g. "Vendors". */
  label: string;
  /** Shown in place of rows when there are none (no records, or none left by the filters). */
  emptyMessage: string;
  initialSorting?: SortingState;
  /** Height of the scrolling area; rows outside it are not rendered. */
  height?: string;
  /**
   * Keeps the last column (a row's own buttons: Accept, Reject, Take theirs…) at the right edge while a
   * table wider than its place scrolls sideways, so no row's actions are ever cut off.
   */
  pinLastColumn?: boolean;
  /** The column whose cells head their rows (`<th scope="row">`), so each cell is announced with it. */
  rowHeader?: string;
  /**
   * A note on a cell, such as what an import changes it from: the cell is marked, the note is its
   * accessible description and shows on hover.
   */
  cellNote?: CellNote<T>;
}

export type CellNote<T> = (row: T, columnId: string) => string | undefined;

const ROW_HEIGHT = 41;

/**
 * The one list table of the app: sortable headers (buttons announcing their sort state), a sticky
 * header, and only the rows in view rendered, so ten thousand records scroll as smoothly as ten.
 * Spacer rows above and below keep a real <table> (and its accessibility) while virtualized.
 */
interface DataRowProps<T> {
  row: Row<T>;
  /** Position in the whole sorted list, not in the rows in view. */
  index: number;
  /** Only to redraw the row when the columns change (another language, other counts). */
  columns: TableColumn<T>[];
  rowHeader: string | undefined;
  cellNote: CellNote<T> | undefined;
  /** Unique to the table, so the ids of cell notes are unique on the page. */
  tableId: string;
}

const DataRowView = <T,>({ row, index, rowHeader, cellNote, tableId }: DataRowProps<T>) => (
  <Table.Tr aria-rowindex={index + 2} style={{ height: ROW_HEIGHT }}>
    {row.getVisibleCells().map((cell) => {
      const Cell = cell.column.id === rowHeader ? Table.Th : Table.Td;
      const note = cellNote?.(row.original, cell.column.id);
      const noteId = note === undefined ? undefined : `${tableId}-${index}-${cell.column.id}`;
      return (
        <Cell
          key={cell.id}
          {...(Cell === Table.Th && { scope: 'row' })}
          className={note === undefined ? undefined : classes.noted}
          title={note}
          aria-describedby={noteId}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
          {note !== undefined && <VisuallyHidden id={noteId}>{note}</VisuallyHidden>}
        </Cell>
      );
    })}
  </Table.Tr>
);

/**
 * A row redraws only when its record, its position or the columns change: while scrolling, the rows that
 * stay in view are kept as they are and only those coming into view are drawn.
 */
const DataRow = memo(
  DataRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.columns === after.columns &&
    before.cellNote === after.cellNote,
) as typeof DataRowView;

const DataTableView = <T,>({
  data,
  columns,
  getRowId,
  label,
  emptyMessage,
  initialSorting = [],
  height = 'calc(100vh - 260px)',
  pinLastColumn = false,
  rowHeader,
  cellNote,
}: DataTableProps<T>) => {
  const { t } = useTranslation();
  const tableId = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const sorted = useMemo(() => sortRows(data, columns, sorting), [data, columns, sorting]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  // TanStack Table renders only the rows in view: building its row objects for 50,000 records on every
  // keystroke cost more than everything else on the screen. Sorting is ours (sortRows), on all rows.
  const first = items[0]?.index ?? 0;
  const end = (items[items.length - 1]?.index ?? -1) + 1;
  const inView = useMemo(() => sorted.slice(first, end), [sorted, first, end]);
  const table = useReactTable({
    data: inView,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    // The data changes as the user scrolls; TanStack's default reaction (resetting pagination and
    // expansion state, which this table does not use) would re-render it in a loop.
    autoResetPageIndex: false,
    autoResetExpanded: false,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
  });
  const rows = table.getRowModel().rows;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      style={{ maxHeight: height }}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <Table
        aria-label={label}
        aria-rowcount={sorted.length + 1}
        highlightOnHover
        stickyHeader
        className={pinLastColumn ? `${classes.table} ${classes.pinLastColumn}` : classes.table}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const content = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <Table.Th
                    key={header.id}
                    style={{ width: header.getSize() }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <UnstyledButton
                        className={classes.sortButton}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {content}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </UnstyledButton>
                    ) : (
                      content
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {sorted.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>
                <Text c="dimmed" ta="center" py="md">
                  {emptyMessage}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0 }} />
            </tr>
          )}
          {items.map((item, position) => {
            const row = rows[position];
            if (!row) return null;
            return (
              <DataRow
                key={row.id}
                row={row}
                index={item.index}
                columns={columns}
                rowHeader={rowHeader}
                cellNote={cellNote}
                tableId={tableId}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" className={classes.count} aria-live="polite">
        {t('common.table.rowCount', { count: sorted.length })}
      </Text>
    </div>
  );
};

/**
 * Memoized: a screen re-rendering for a keystroke (before its deferred filters catch up) does not redraw
 * the table. Screens pass stable props: memoized rows and columns, and a getRowId defined outside them.
 */
export const DataTable = memo(DataTableView) as typeof DataTableView;
