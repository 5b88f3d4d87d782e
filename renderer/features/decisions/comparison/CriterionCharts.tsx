import { SimpleGrid, Stack, Text, Title, useMantineTheme } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionCriteria, type DecisionCriterion } from '@shared/domain';
import { EChart } from '@renderer/ui/charts/EChart';
import type { WhatIfColumn } from './comparisonModel';
import { useDecimal } from './useDecimal';

interface CriterionChartProps {
  criterion: DecisionCriterion;
  columns: readonly WhatIfColumn[];
}

/** One criterion's raw value for today and each option, as bars read top to bottom in the table's order. */
const CriterionChart = ({ criterion, columns }: CriterionChartProps) => {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const decimal = useDecimal();
  const name = t(`decisionComparison.criteria.${criterion}`);
  const bars = useMemo(
    () =>
      columns.map((column) => ({
        name: column.title || t('decisionComparison.today'),
        value: column.values[criterion],
        today: column.title === '',
      })),
    [columns, criterion, t],
  );
  const option = useMemo(() => {
    // ECharts draws a category axis bottom-up: reversed, the bars read in the table's order.
    const rows = [...bars].reverse();
    return {
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, axisLabel: { formatter: decimal } },
      yAxis: {
        type: 'category',
        data: rows.map((row) => row.name),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'bar',
          label: {
            show: true,
            position: 'right',
            formatter: ({ value }: { value: number }) => decimal(value),
          },
          data: rows.map((row) => ({
            value: row.value,
            itemStyle: { color: row.today ? theme.colors.gray[6] : theme.colors.blue[6] },
            tooltip: {
              formatter: t('decisionComparison.charts.item', { column: row.name, value: decimal(row.value) }),
            },
          })),
        },
      ],
    };
  }, [bars, decimal, t, theme]);
  const summary = bars
    .map((bar) => t('decisionComparison.charts.item', { column: bar.name, value: decimal(bar.value) }))
    .join('; ');

  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {name}
      </Title>
      <EChart
        option={option}
        label={t('decisionComparison.charts.label', { criterion: name, summary })}
        height={40 + 32 * bars.length}
      />
    </Stack>
  );
};

/** A chart per criterion (the figures are in the table above; the charts are for the picture). */
export const CriterionCharts = memo(function CriterionCharts({
  columns,
}: {
  columns: readonly WhatIfColumn[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={900}>
        {t('decisionComparison.charts.lowerIsBetter')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {decisionCriteria.map((criterion) => (
          <CriterionChart key={criterion} criterion={criterion} columns={columns} />
        ))}
      </SimpleGrid>
    </Stack>
  );
});
