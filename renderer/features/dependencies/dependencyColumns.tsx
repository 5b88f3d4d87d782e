import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { substitutabilityValues } from '@shared/domain';
import type { DependencyRow } from './dependencyRows';
import { useCriticalityLabel } from './useCriticalityLabel';
import { paths } from '@renderer/paths';

const column = createColumnHelper<DependencyRow>();

/** The dependency table's columns; each sorts on a plain value (a name, a rank, a number), not on what it displays. */
export const useDependencyColumns = () => {
  const { t } = useTranslation();
  const criticalityLabel = useCriticalityLabel();
  return useMemo(
    () => [
      column.accessor((row) => row.dependency.name, {
        id: 'name',
        header: t('dependencies.columns.name'),
        size: 240,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.dependencies.view(row.original.dependency.id)}>
            {row.original.dependency.name}
          </Anchor>
        ),
      }),
      column.accessor((row) => row.vendorName, {
        id: 'vendor',
        header: t('dependencies.columns.vendor'),
        size: 200,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.vendors.view(row.original.dependency.vendorId)}>
            {row.original.vendorName}
          </Anchor>
        ),
      }),
      column.accessor((row) => t(`dependencies.kind.${row.dependency.kind}`), {
        id: 'kind',
        header: t('dependencies.columns.kind'),
      }),
      column.accessor((row) => t(`dependencies.domain.${row.dependency.domain}`), {
        id: 'domain',
        header: t('dependencies.columns.domain'),
      }),
      column.accessor((row) => row.dependency.criticality, {
        id: 'criticality',
        header: t('dependencies.columns.criticality'),
        cell: ({ getValue }) => criticalityLabel(getValue()),
      }),
      column.accessor((row) => substitutabilityValues.indexOf(row.dependency.substitutability), {
        id: 'substitutability',
        header: t('dependencies.columns.substitutability'),
        cell: ({ row }) => t(`dependencies.substitutability.${row.original.dependency.substitutability}`),
      }),
      column.accessor((row) => row.dependency.exitMonths, {
        id: 'exitMonths',
        header: t('dependencies.columns.exitMonths'),
        size: 120,
        cell: ({ getValue }) => getValue() ?? '—',
      }),
      column.accessor((row) => (row.dependency.vendorRemoteAccess ? 1 : 0), {
        id: 'remoteAccess',
        header: t('dependencies.columns.remoteAccess'),
        size: 130,
        cell: ({ getValue }) => (getValue() ? t('dependencies.detail.yes') : t('dependencies.detail.no')),
      }),
    ],
    [t, criticalityLabel],
  );
};
