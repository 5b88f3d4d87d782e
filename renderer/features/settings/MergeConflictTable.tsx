import { SegmentedControl } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeConflict, MergeRecord, MergeSide } from '@shared/workspace/merge-plan';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';

interface ConflictRow {
  conflict: MergeConflict;
  name: string;
  choice: MergeSide;
}

/** What a user knows a record by: its name, title or file name; its id when it has none. */
const recordName = (record: MergeRecord): string =>
  ('name' in record && record.name) ||
  ('title' in record && record.title) ||
  ('fileName' in record && record.fileName) ||
  record.id;

const column = createColumnHelper<ConflictRow>();

/** Each record changed on both sides, when each side saved it, and which version to keep. */
export const MergeConflictTable = ({
  conflicts,
  choices,
  onChoose,
}: {
  conflicts: readonly MergeConflict[];
  choices: ReadonlyMap<string, MergeSide>;
  onChoose: (id: string, side: MergeSide) => void;
}) => {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const rows = useMemo(
    () =>
      conflicts.map((conflict) => ({
        conflict,
        name: recordName(conflict.incoming),
        choice: choices.get(conflict.id) ?? conflict.preselected,
      })),
    [conflicts, choices],
  );
  const columns = useMemo(
    () => [
      column.accessor((row) => t(`workspaceFile.tables.${row.conflict.table}`), {
        id: 'table',
        header: t('workspaceMerge.review.table'),
      }),
      column.accessor('name', { header: t('workspaceMerge.review.record'), size: 220 }),
      column.accessor((row) => row.conflict.current.updatedAt, {
        id: 'updatedHere',
        header: t('workspaceMerge.review.updatedHere'),
        cell: ({ getValue }) => formatDateTime(getValue<string>()),
      }),
      column.accessor((row) => row.conflict.incoming.updatedAt, {
        id: 'updatedThere',
        header: t('workspaceMerge.review.updatedThere'),
        cell: ({ getValue }) => formatDateTime(getValue<string>()),
      }),
      column.accessor((row) => row.conflict.signedOff, {
        id: 'note',
        header: t('workspaceMerge.review.note'),
        size: 260,
        cell: ({ getValue }) => {
          const signedOff = getValue<MergeConflict['signedOff']>();
          if (!signedOff) return null;
          const { approvedBy, approvedAt } = signedOff;
          return approvedBy && approvedAt
            ? t('workspaceMerge.review.signedOff', { by: approvedBy, date: formatDateTime(approvedAt) })
            : t('workspaceMerge.review.signedOffUnnamed');
        },
      }),
      column.accessor('choice', {
        header: t('workspaceMerge.review.choice'),
        size: 240,
        cell: ({ row }) => (
          <SegmentedControl
            aria-label={t('workspaceMerge.review.choiceFor', { name: row.original.name })}
            size="xs"
            value={row.original.choice}
            onChange={(side) => onChoose(row.original.conflict.id, side)}
            data={[
              { value: 'current', label: t('workspaceMerge.review.keepMine') },
              { value: 'incoming', label: t('workspaceMerge.review.takeTheirs') },
            ]}
          />
        ),
      }),
    ],
    [t, formatDateTime, onChoose],
  );
  return (
    <DataTable
      data={rows}
      columns={columns}
      getRowId={(row) => `${row.conflict.table}:${row.conflict.id}`}
      label={t('workspaceMerge.review.conflictList')}
      emptyMessage={t('workspaceMerge.review.noConflicts')}
      height="320px"
    />
  );
};
