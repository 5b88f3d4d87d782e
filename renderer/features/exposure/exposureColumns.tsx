import { Anchor } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency } from '@shared/domain';
import { paths } from '@renderer/paths';

export interface ExposureRow {
  dependency: Dependency;
  vendorName: string;
  /** For indirect exposure: the upstream chain, from the first link down to the vendor's own dependency. */
  chain?: () => Dependency[];
}

const column = createColumnHelper<ExposureRow>();

const DependencyLink = ({ dependency }: { dependency: Dependency }) => (
  <Anchor component={Link} to={paths.dependencies.view(dependency.id)}>
    {dependency.name}
  </Anchor>
);

/** Columns of the direct and indirect exposure tables; the chain column only for indirect exposure. */
export const useExposureColumns = (withChain: boolean) => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.dependency.name, {
        id: 'name',
        header: t('exposure.columns.name'),
        size: 240,
        cell: ({ row }) => <DependencyLink dependency={row.original.dependency} />,
      }),
      ...(withChain
        ? [
            column.accessor((row) => row.vendorName, { id: 'vendor', header: t('exposure.columns.vendor') }),
            column.display({
              id: 'chain',
              header: t('exposure.columns.chain'),
              size: 320,
              // Computed for the rows in view only: a long chain under every row would cost quadratic time.
              cell: ({ row }) =>
                row.original.chain?.().map((link, index) => (
                  <span key={link.id}>
                    {index > 0 && ' → '}
                    <DependencyLink dependency={link} />
                  </span>
                )),
            }),
          ]
        : []),
      column.accessor((row) => t(`dependencies.domain.${row.dependency.domain}`), {
        id: 'domain',
        header: t('exposure.columns.domain'),
      }),
      column.accessor((row) => row.dependency.criticality, {
        id: 'criticality',
        header: t('exposure.columns.criticality'),
        size: 110,
      }),
    ],
    [t, withChain],
  );
};
