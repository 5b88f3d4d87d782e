import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { clauseNames, deadlineStatusValues, licenceClassValues } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { ClauseValueBadge, DeadlineStatusBadge, LicenceClassBadge } from './LicenceBadges';
import type { LicenceRow } from './licenceRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<LicenceRow>();

const titleColumn = (header: string) =>
  column.accessor((row) => row.licence.title, {
    id: 'title',
    header,
    size: 260,
    cell: ({ row }) => (
      <Anchor component={Link} to={paths.licences.view(row.original.licence.id)}>
        {row.original.licence.title}
      </Anchor>
    ),
  });

/** The register's columns; dates sort as YYYY-MM-DD strings, statuses and classes by their rank. */
export const useLicenceColumns = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useMemo(
    () => [
      titleColumn(t('licences.columns.title')),
      column.accessor((row) => t(`licences.type.${row.licence.type}`), {
        id: 'type',
        header: t('licences.columns.type'),
        size: 200,
      }),
      column.accessor((row) => row.vendorName, {
        id: 'vendor',
        header: t('licences.columns.vendor'),
        size: 180,
        cell: ({ row }) =>
          row.original.licence.vendorId ? (
            <Anchor component={Link} to={paths.vendors.view(row.original.licence.vendorId)}>
              {row.original.vendorName}
            </Anchor>
          ) : (
            '—'
          ),
      }),
      column.accessor((row) => row.licence.endDate ?? '', {
        id: 'endDate',
        header: t('licences.columns.endDate'),
        size: 130,
        cell: ({ getValue }) => (getValue() ? formatDate(getValue()) : '—'),
      }),
      column.accessor((row) => row.noticeDeadline ?? '', {
        id: 'noticeDeadline',
        header: t('licences.columns.noticeDeadline'),
        size: 150,
        cell: ({ getValue }) => (getValue() ? formatDate(getValue()) : '—'),
      }),
      column.accessor((row) => deadlineStatusValues.indexOf(row.status), {
        id: 'status',
        header: t('licences.columns.status'),
        size: 150,
        cell: ({ row }) => <DeadlineStatusBadge status={row.original.status} />,
      }),
      column.accessor((row) => (row.licenceClass ? licenceClassValues.indexOf(row.licenceClass) : -1), {
        id: 'licenceClass',
        header: t('licences.columns.licenceClass'),
        size: 150,
        cell: ({ row }) =>
          row.original.licenceClass ? <LicenceClassBadge licenceClass={row.original.licenceClass} /> : '—',
      }),
    ],
    [t, formatDate],
  );
};

/** The clause matrix: a row per licence, a column per clause, each cell in colour and in words. */
export const useClauseMatrixColumns = () => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      titleColumn(t('licences.columns.title')),
      ...clauseNames.map((name) =>
        column.accessor((row) => row.licence.clauses[name], {
          id: name,
          header: t(`licences.clause.${name}`),
          size: 130,
          cell: ({ getValue }) => <ClauseValueBadge value={getValue()} />,
        }),
      ),
    ],
    [t],
  );
};
