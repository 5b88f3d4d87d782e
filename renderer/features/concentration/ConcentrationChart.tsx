import { Text, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hhiHighAbove, hhiModerateFrom, type DomainConcentration } from '@shared/domain';
import { EChart } from '@renderer/ui/charts/EChart';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { bandColor } from './bandColors';

/** HHI per domain as horizontal bars coloured by band, with the two band thresholds drawn across. */
export const ConcentrationChart = ({ domains }: { domains: DomainConcentration[] }) => {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const format = useFormatNumber();

  const option = useMemo(() => {
    // Bars read top to bottom in domain order: ECharts draws a category axis bottom-up, hence the reverse.
    const rows = [...domains].reverse();
    return {
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        max: 10_000,
        name: t('concentration.columns.hhi'),
        // ECharts groups thousands the English way whatever the language ("10,000").
        axisLabel: { formatter: format.integer },
      },
      yAxis: { type: 'category', data: rows.map((row) => t(`dependencies.domain.${row.domain}`)) },
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => ({
            value: Math.round(row.hhi),
            itemStyle: { color: theme.colors[bandColor[row.band]]?.[6] },
            tooltip: {
              formatter: t('concentration.chartTooltip', {
                domain: t(`dependencies.domain.${row.domain}`),
                hhi: format.integer(row.hhi),
                band: t(`concentration.band.${row.band}`),
              }),
            },
          })),
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { type: 'dashed', color: theme.colors.gray[6] },
            // Unlabelled: 1,000 and 1,800 are too close on a 0–10,000 axis for two labels; the caption says it.
            label: { show: false },
            data: [{ xAxis: hhiModerateFrom }, { xAxis: hhiHighAbove }],
          },
        },
      ],
    };
  }, [domains, t, theme, format]);

  const summary = domains
    .map((row) =>
      t('concentration.chartItem', {
        domain: t(`dependencies.domain.${row.domain}`),
        hhi: format.integer(row.hhi),
        band: t(`concentration.band.${row.band}`),
      }),
    )
    .join('; ');

  return (
    <>
      <EChart
        option={option}
        label={t('concentration.chartLabel', { summary })}
        height={64 + 36 * domains.length}
      />
      <Text size="xs" c="dimmed">
        {t('concentration.thresholdLines')}
      </Text>
    </>
  );
};
