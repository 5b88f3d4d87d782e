import { Anchor, Badge, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { RiskLevelBadge } from './RiskLevelBadge';
import type { RiskRow } from './riskRows';
import { paths } from '@renderer/paths';

const column = createColumnHelper<RiskRow>();

/** The register's columns; scores sort as numbers, the review date as its YYYY-MM-DD text. */
export const useRiskColumns = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useMemo(
    () => [
      column.accessor((row) => row.risk.title, {
        id: 'title',
        header: t('risks.columns.title'),
        size: 280,
        cell: ({ row }) => (
          <Anchor component={Link} to={paths.risks.view(row.original.risk.id)}>
            {row.original.risk.title}
          </Anchor>
        ),
      }),
      column.accessor((row) => t(`risks.category.${row.risk.category}`), {
        id: 'category',
        header: t('risks.columns.category'),
      }),
      column.accessor((row) => row.inherent, {
        id: 'inherent',
        header: t('risks.columns.inherent'),
        size: 140,
        cell: ({ row }) => (
          <RiskLevelBadge score={row.original.inherent} level={row.original.inherentLevel} />
        ),
      }),
      column.accessor((row) => row.residual, {
        id: 'residual',
        header: t('risks.columns.residual'),
        size: 140,
        cell: ({ row }) => (
          <RiskLevelBadge score={row.original.residual} level={row.original.residualLevel} />
        ),
      }),
      column.accessor((row) => t(`risks.treatment.${row.risk.treatment}`), {
        id: 'treatment',
        header: t('risks.columns.treatment'),
        size: 120,
      }),
      column.accessor((row) => t(`risks.status.${row.risk.status}`), {
        id: 'status',
        header: t('risks.columns.status'),
        size: 120,
      }),
      column.accessor((row) => row.risk.owner ?? '', {
        id: 'owner',
        header: t('risks.columns.owner'),
      }),
      column.accessor((row) => row.risk.reviewDate ?? '', {
        id: 'reviewDate',
        header: t('risks.columns.reviewDate'),
        size: 200,
        cell: ({ row }) => {
          const { reviewDate } = row.original.risk;
          if (!reviewDate) return '—';
          return (
            <Group gap={6} wrap="nowrap">
              <Text size="sm" span c={row.original.reviewOverdue ? 'red' : undefined}>
                {formatDate(reviewDate)}
              </Text>
              {row.original.reviewOverdue && (
                <Badge color="red" variant="light">
                  {t('risks.columns.reviewOverdue')}
                </Badge>
              )}
            </Group>
          );
        },
      }),
    ],
    [t, formatDate],
  );
};
