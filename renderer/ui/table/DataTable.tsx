import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';
import { rowRange } from './rowRange';
import { sortRows } from './sortRows';
import type { TableColumn } from './tableColumn';
import { useRowsInView } from './useRowsInView';

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
  /**
   * False while the screen shows only the first rows of its list: the count says the rest is being read
   * (and the table's row count is unknown to assistive technology) and the headers do not sort, since
   * neither would be true of the whole list. The rows, the sorting and the scroll position stay when the
   * whole list takes their place.
   */
  complete?: boolean;
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
 * Rows drawn beyond each edge of the view. Scrolling redraws within its frame (useRowsInView), so these
 * are for the keyboard's next row, not to hide blanks; each is drawn anew when the rows change (a filter).
 */
const OVERSCAN = 3;

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

/**
 * Body rows and cells are plain elements with the classes and attributes Mantine's Table.Tr and Table.Td
 * would give them (row borders, hover): the same look without a styled component per cell, which was most
 * of the cost of drawing a screenful of rows anew on each keystroke of a filter.
 */
const DataRowView = <T,>({ row, index, rowHeader, cellNote, tableId }: DataRowProps<T>) => (
  <tr
    className={Table.classes.tr}
    data-with-row-border
    data-hover
    aria-rowindex={index + 2}
    style={{ height: ROW_HEIGHT }}
  >
    {row.getVisibleCells().map((cell) => {
      const isHeader = cell.column.id === rowHeader;
      const Cell = isHeader ? 'th' : 'td';
      const note = cellNote?.(row.original, cell.column.id);
      const noteId = note === undefined ? undefined : `${tableId}-${index}-${cell.column.id}`;
      return (
        <Cell
          key={cell.id}
          {...(isHeader && { scope: 'row' })}
          className={
            note === undefined ? Table.classes[Cell] : `${Table.classes[Cell]} ${classes.noted ?? ''}`
          }
          title={note}
          aria-describedby={noteId}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
          {note !== undefined && <VisuallyHidden id={noteId}>{note}</VisuallyHidden>}
        </Cell>
      );
    })}
  </tr>
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
  complete = true,
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
  // Rows have one height, so the rows in view are arithmetic on the scroll position: no layout of 200,000
  // positions when a filter changes the count.
  const { start, end } = rowRange(useRowsInView(scroller, ROW_HEIGHT), sorted.length, OVERSCAN);
  // TanStack Table renders only the rows in view: building its row objects for 50,000 records on every
  // keystroke cost more than everything else on the screen. Sorting is ours (sortRows), on all rows.
  const inView = useMemo(() => sorted.slice(start, end), [sorted, start, end]);
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
  const paddingTop = start * ROW_HEIGHT;
  const paddingBottom = (sorted.length - end) * ROW_HEIGHT;
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
        aria-rowcount={complete ? sorted.length + 1 : -1}
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
                        disabled={!complete}
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
          {rows.map((row, position) => (
            <DataRow
              key={row.id}
              row={row}
              index={start + position}
              columns={columns}
              rowHeader={rowHeader}
              cellNote={cellNote}
              tableId={tableId}
            />
          ))}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" className={classes.count} aria-live="polite">
        {complete ? t('common.table.rowCount', { count: sorted.length }) : t('common.table.firstRowsOnly')}
      </Text>
    </div>
  );
};

/**
 * Memoized: a screen re-rendering for a keystroke (before its deferred filters catch up) does not redraw
 * the table. Screens pass stable props: memoized rows and columns, and a getRowId defined outside them.
 */
export const DataTable = memo(DataTableView) as typeof DataTableView;
