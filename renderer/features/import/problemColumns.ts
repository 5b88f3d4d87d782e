import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type ImportProblem } from '@shared/import';
import { useTranslate } from '@renderer/ui/useTranslate';

/** A problem with its sentence worked out once, not on every render of its row. */
export interface ProblemRow {
  key: string;
  row: number | undefined;
  column: string;
  sentence: string;
}

export const useProblemRows = (problems: readonly ImportProblem[]): ProblemRow[] => {
  const translate = useTranslate();
  return useMemo(
    () =>
      problems.map((problem, index) => ({
        key: String(index),
        row: problem.row,
        column: problem.column ?? '',
        sentence: formatProblem(problem, translate),
      })),
    [problems, translate],
  );
};

const column = createColumnHelper<ProblemRow>();

export const useProblemColumns = () => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.row ?? 0, {
        id: 'row',
        header: t('importer.preview.columns.row'),
        size: 90,
        cell: ({ row }) => row.original.row ?? t('importer.preview.fileLevel'),
      }),
      column.accessor('column', {
        header: t('importer.preview.columns.column'),
        size: 160,
      }),
      column.accessor('sentence', {
        header: t('importer.preview.columns.problem'),
        enableSorting: false,
        size: 640,
      }),
    ],
    [t],
  );
};
