import { useMemo } from 'react';
import { hhiHighAbove, hhiModerateFrom } from '@shared/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '@renderer/ui/charts/EChart';
import type {
  ChartColumns,
  ConcentrationBar,
  CoverageBar,
  ShareBar,
  TimelineMonth,
  WhatIfBar,
} from '@shared/report/blocks/report-blocks';
import classes from './boardReport.module.css';

const bandColour = { unconcentrated: '#40c057', moderate: '#fab005', high: '#fa5252' } as const;
const ink = '#1a1b1e';
/** 12 px draws at about 9 pt across the A4 text block: the size of the tables' text, readable on paper. */
const text = { color: ink, fontSize: 12 };

/** Every chart of the report is drawn without animation, so a print or PDF never catches it half-drawn. */
const base = {
  animation: false,
  textStyle: text,
  grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
};

interface ChartProps<T> {
  title: string;
  columns: ChartColumns;
  data: T[];
  /** The report's language: ECharts writes axis numbers the English way ("10,000") unless told. */
  language: string;
  onDrawn: () => void;
}

const integerAxis = (language: string) => {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return { formatter: (value: number) => integer.format(value) };
};

const percentAxis = (language: string) => {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return { formatter: (value: number) => percent.format(value / 100) };
};

const ReportChart = ({
  title,
  option,
  height,
  onDrawn,
}: {
  title: string;
  option: EChartsCoreOption;
  height: number;
  onDrawn: () => void;
}) => (
  <figure className={classes.chart}>
    <EChart option={option} label={title} height={height} onDrawn={onDrawn} />
    <figcaption className={classes.note}>{title}</figcaption>
  </figure>
);

/**
 * HHI per domain, bars coloured by band, the 1,000 and 1,800 thresholds drawn across. Heights give each bar
 * a line of text's room at A4 (a single bar was 68 px, its axis unreadable on paper).
 */
export const ConcentrationChart = ({
  title,
  columns,
  data,
  language,
  onDrawn,
}: ChartProps<ConcentrationBar>) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    return {
      ...base,
      xAxis: { type: 'value', min: 0, max: 10_000, name: columns[1], axisLabel: integerAxis(language) },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          data: rows.map((row) => ({
            value: Math.round(row.hhi),
            itemStyle: { color: bandColour[row.band] },
          })),
          label: {
            show: true,
            position: 'right',
            color: ink,
            fontSize: 12,
            formatter: ({ value }: { value: number }) => integerAxis(language).formatter(value),
          },
          markLine: {
            symbol: 'none',
            silent: true,
            label: { show: false },
            lineStyle: { type: 'dashed', color: '#868e96' },
            data: [{ xAxis: hhiModerateFrom }, { xAxis: hhiHighAbove }],
          },
        },
      ],
    };
  }, [data, columns, language]);
  return (
    <ReportChart
      title={title}
      option={option}
      height={Math.max(160, 70 + 40 * data.length)}
      onDrawn={onDrawn}
    />
  );
};

/** Notice dates and expiries per month over the next twelve months. */
export const TimelineChart = ({ title, columns, data, language, onDrawn }: ChartProps<TimelineMonth>) => {
  const option = useMemo(
    () => ({
      ...base,
      legend: { top: 0, textStyle: text },
      xAxis: { type: 'category', data: data.map((month) => month.label) },
      yAxis: { type: 'value', minInterval: 1, axisLabel: integerAxis(language) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          name: columns[1],
          data: data.map((month) => month.notices),
          itemStyle: { color: '#fab005' },
        },
        {
          type: 'bar',
          barMaxWidth: 28,
          name: columns[2],
          data: data.map((month) => month.expiries),
          itemStyle: { color: '#4c6ef5' },
        },
      ],
    }),
    [data, columns, language],
  );
  return <ReportChart title={title} option={option} height={300} onDrawn={onDrawn} />;
};

/** Coverage (records assessed) and completion per checklist, as percentages. */
export const CoverageChart = ({ title, columns, data, language, onDrawn }: ChartProps<CoverageBar>) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    const percent = (value: number) => Math.round(value * 100);
    return {
      ...base,
      legend: { top: 0, textStyle: text },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: percentAxis(language) },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          name: columns[1],
          data: rows.map((row) => percent(row.coverage)),
          itemStyle: { color: '#4c6ef5' },
        },
        {
          type: 'bar',
          barMaxWidth: 28,
          name: columns[2],
          data: rows.map((row) => percent(row.completion)),
          itemStyle: { color: '#82c91e' },
        },
      ],
    };
  }, [data, columns, language]);
  return (
    <ReportChart
      title={title}
      option={option}
      height={Math.max(160, 80 + 52 * data.length)}
      onDrawn={onDrawn}
    />
  );
};

/** Each category's share of the whole as a bar, labelled with the share and its count ("45 % · 3"). */
export const ShareChart = ({ title, columns, data, language, onDrawn }: ChartProps<ShareBar>) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    return {
      ...base,
      grid: { ...base.grid, right: 120 },
      xAxis: { type: 'value', min: 0, max: 100, name: columns[2], axisLabel: percentAxis(language) },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          barMaxWidth: 28,
          name: columns[2],
          data: rows.map((row) => ({ value: Math.round(row.share * 1000) / 10, count: row.count })),
          itemStyle: { color: '#4c6ef5' },
          label: {
            show: true,
            position: 'right',
            color: ink,
            fontSize: 12,
            formatter: ({ dataIndex }: { dataIndex: number }) => {
              const row = rows[dataIndex];
              return row ? `${percent.format(row.share)} · ${columns[1]} ${integer.format(row.count)}` : '';
            },
          },
        },
      ],
    };
  }, [data, columns, language]);
  return (
    <ReportChart
      title={title}
      option={option}
      height={Math.max(160, 70 + 40 * data.length)}
      onDrawn={onDrawn}
    />
  );
};

/** Today in grey, then a colour per option (at most six), distinct on paper and from the band colours. */
const optionColours = ['#adb5bd', '#4c6ef5', '#7950f2', '#15aabf', '#e64980', '#fd7e14', '#495057'];

/**
 * HHI per domain today and after each option of a decision, bars grouped by domain, the 1,000 and 1,800
 * thresholds drawn across as on the concentration chart.
 */
export const WhatIfChart = ({
  title,
  axis,
  columns,
  data,
  language,
  onDrawn,
}: Omit<ChartProps<WhatIfBar>, 'columns'> & { axis: string; columns: string[] }) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    const series = columns.slice(1);
    return {
      ...base,
      legend: { top: 0, textStyle: text },
      grid: { ...base.grid, top: 24 + 20 * Math.ceil(series.length / 3) },
      xAxis: { type: 'value', min: 0, max: 10_000, name: axis, axisLabel: integerAxis(language) },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: series.map((name, index) => ({
        type: 'bar',
        name,
        barMaxWidth: 18,
        itemStyle: { color: optionColours[index % optionColours.length] },
        data: rows.map((row) => Math.round(row.values[index] ?? 0)),
        ...(index === 0 && {
          markLine: {
            symbol: 'none',
            silent: true,
            label: { show: false },
            lineStyle: { type: 'dashed', color: '#868e96' },
            data: [{ xAxis: hhiModerateFrom }, { xAxis: hhiHighAbove }],
          },
        }),
      })),
    };
  }, [data, columns, axis, language]);
  const bars = Math.max(1, columns.length - 1);
  return (
    <ReportChart
      title={title}
      option={option}
      height={Math.max(180, 90 + data.length * (16 * bars + 24))}
      onDrawn={onDrawn}
    />
  );
};
