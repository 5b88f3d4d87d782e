import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenceClass } from '@shared/domain';
import { EChart } from '@renderer/ui/charts/EChart';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

interface SbomClassChartProps {
  byClass: Partial<Record<LicenceClass, number>>;
  /** The classes with components, from the least to the most demanding. */
  classes: readonly LicenceClass[];
}

/** Components per licence class as horizontal bars, beside the table holding the same figures. */
export const SbomClassChart = ({ byClass, classes }: SbomClassChartProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const option = useMemo(() => {
    // ECharts draws a category axis bottom-up: reversed so the bars read in the table's order.
    const rows = [...classes].reverse();
    return {
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: format.integer } },
      yAxis: { type: 'category', data: rows.map((value) => t(`sbom.classes.${value}`)) },
      tooltip: { trigger: 'item' },
      series: [{ type: 'bar', data: rows.map((value) => byClass[value] ?? 0) }],
    };
  }, [byClass, classes, t, format]);

  if (classes.length === 0) return null;
  const figures = classes
    .map((value) => `${t(`sbom.classes.${value}`)} ${format.integer(byClass[value] ?? 0)}`)
    .join('; ');
  return (
    <EChart
      option={option}
      label={t('sbom.summary.chartLabel', { figures })}
      height={40 + 32 * classes.length}
    />
  );
};
