import { useTranslation } from 'react-i18next';
import type { CountryExposure } from '@shared/domain/standards';
import { EChart } from '@renderer/ui/charts/EChart';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** Declared families per holder country, raw and adjusted, as bars; the table beside it holds the figures. */
export const CountrySharesChart = ({ countries }: { countries: readonly CountryExposure[] }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const countryName = useCountryName();
  const label = (country: CountryExposure) =>
    country.country ? countryName(country.country) : t('standards.unknownCountry');
  // Rebuilt on each render: a standard's page renders when its data changes, which is when the chart must.
  const rows = [...countries].reverse();
  const option = {
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map(label) },
    tooltip: { trigger: 'axis' },
    series: [
      { type: 'bar', name: t('standards.raw'), data: rows.map((row) => Math.round(1000 * row.share) / 10) },
      {
        type: 'bar',
        name: t('standards.adjusted'),
        data: rows.map((row) => Math.round(1000 * row.adjustedShare) / 10),
      },
    ],
  };
  const summary = countries.map((country) => `${label(country)} ${format.percent(country.share)}`).join('; ');
  return (
    <EChart
      option={option}
      label={t('standards.countryChartLabel', { summary })}
      height={80 + 40 * countries.length}
    />
  );
};
