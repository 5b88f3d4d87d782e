import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewRow, PreviewTable } from '@shared/import';
import type { CellNote } from '@renderer/ui/table/DataTable';

const column = createColumnHelper<PreviewRow>();

/** The id of a value column: its position among the table's columns. */
const valueId = (index: number): string => `value-${index}`;

/** The record's name or title (first value column) heads each row. */
export const PREVIEW_ROW_HEADER = valueId(0);

export const previewRowId = (row: PreviewRow): string => String(row.row);

/**
 * The preview's columns: the row as the spreadsheet numbers it, whether it adds, changes or leaves a
 * record as it is, then each value the row writes, headed as the workbook heads it.
 */
export const usePreviewRowColumns = (table: PreviewTable | undefined) => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor('row', { header: t('importer.preview.columns.row'), size: 70 }),
      column.accessor('status', {
        header: t('importer.preview.columns.status'),
        size: 110,
        cell: ({ getValue }) => t(`importer.preview.status.${getValue()}`),
      }),
      ...(table?.columns ?? []).map((value, index) =>
        column.accessor((row) => row.cells[index]?.text ?? '', {
          id: valueId(index),
          header: value.header,
          size: index === 0 ? 220 : 160,
        }),
      ),
    ],
    [t, table],
  );
};

/** A changed cell's note: what the record holds now, which the row replaces. */
export const useChangedFrom = (): CellNote<PreviewRow> => {
  const { t } = useTranslation();
  return useCallback(
    (row, columnId) => {
      if (!columnId.startsWith('value-')) return undefined;
      const before = row.cells[Number(columnId.slice('value-'.length))]?.before;
      if (before === undefined) return undefined;
      return before === ''
        ? t('importer.preview.changedFromEmpty')
        : t('importer.preview.changedFrom', { before });
    },
    [t],
  );
};
