import { Anchor, Badge } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StandardExposureSummary } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { bandColor } from './bandColors';

const column = createColumnHelper<StandardExposureSummary>();

/** The Standards list: the standard and its title in the reference list, who uses it, what is declared on it, its HHI band and uncovered share. */
export const useStandardColumns = (titleOf: (standard: string) => string | undefined) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return useMemo(
    () => [
      column.accessor('standard', {
        header: t('standards.columns.standard'),
        size: 200,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.standards.view(row.original.standard)}>
            {row.original.standard}
          </Anchor>
        ),
      }),
      column.accessor((summary) => titleOf(summary.standard) ?? '', {
        id: 'title',
        header: t('standards.columns.title'),
        size: 260,
      }),
      column.accessor((summary) => summary.dependencyIds.length, {
        id: 'dependencies',
        header: t('standards.columns.dependencies'),
        size: 130,
      }),
      column.accessor('families', {
        header: t('standards.columns.families'),
        size: 150,
        cell: ({ row }) => format.integer(row.original.families),
      }),
      column.accessor('partyCount', { header: t('standards.columns.holders'), size: 110 }),
      column.accessor((summary) => summary.topParties[0]?.name ?? '', {
        id: 'largest',
        header: t('standards.columns.largest'),
        size: 220,
        cell: ({ row }) => {
          const top = row.original.topParties[0];
          return top ? `${top.name} (${format.percent(top.share)})` : '—';
        },
      }),
      column.accessor((summary) => summary.concentration?.hhi ?? -1, {
        id: 'hhi',
        header: t('standards.columns.hhi'),
        size: 170,
        cell: ({ row }) => {
          const concentration = row.original.concentration;
          if (!concentration) return '—';
          return (
            <Badge color={bandColor[concentration.band]} variant="light">
              {`${format.integer(concentration.hhi)} · ${t(`concentration.band.${concentration.band}`)}`}
            </Badge>
          );
        },
      }),
      column.accessor('uncoveredShare', {
        header: t('standards.columns.uncovered'),
        size: 140,
        cell: ({ row }) => (row.original.families > 0 ? format.percent(row.original.uncoveredShare) : '—'),
      }),
    ],
    [t, format, titleOf],
  );
};
