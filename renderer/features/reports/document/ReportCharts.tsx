import { useMemo } from 'react';
import { hhiHighAbove, hhiModerateFrom } from '@shared/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { EChart } from '@renderer/ui/charts/EChart';
import type { ChartColumns, ConcentrationBar, CoverageBar, TimelineMonth } from './reportBlocks';
import classes from './boardReport.module.css';

const bandColour = { unconcentrated: '#40c057', moderate: '#fab005', high: '#fa5252' } as const;
const ink = '#1a1b1e';
const text = { color: ink, fontSize: 10 };

/** Every chart of the report is drawn without animation, so a print or PDF never catches it half-drawn. */
const base = {
  animation: false,
  textStyle: text,
  grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
};

interface ChartProps<T> {
  title: string;
  columns: ChartColumns;
  data: T[];
  onDrawn: () => void;
}

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

/** HHI per domain, bars coloured by band, the 1,000 and 1,800 thresholds drawn across. */
export const ConcentrationChart = ({ title, columns, data, onDrawn }: ChartProps<ConcentrationBar>) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    return {
      ...base,
      xAxis: { type: 'value', min: 0, max: 10_000, name: columns[1] },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          data: rows.map((row) => ({
            value: Math.round(row.hhi),
            itemStyle: { color: bandColour[row.band] },
          })),
          label: { show: true, position: 'right', color: ink },
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
  }, [data, columns]);
  return <ReportChart title={title} option={option} height={40 + 28 * data.length} onDrawn={onDrawn} />;
};

/** Notice dates and expiries per month over the next twelve months. */
export const TimelineChart = ({ title, columns, data, onDrawn }: ChartProps<TimelineMonth>) => {
  const option = useMemo(
    () => ({
      ...base,
      legend: { top: 0, textStyle: text },
      xAxis: { type: 'category', data: data.map((month) => month.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: columns[1],
          data: data.map((month) => month.notices),
          itemStyle: { color: '#fab005' },
        },
        {
          type: 'bar',
          name: columns[2],
          data: data.map((month) => month.expiries),
          itemStyle: { color: '#4c6ef5' },
        },
      ],
    }),
    [data, columns],
  );
  return <ReportChart title={title} option={option} height={220} onDrawn={onDrawn} />;
};

/** Coverage (records assessed) and completion per checklist, as percentages. */
export const CoverageChart = ({ title, columns, data, onDrawn }: ChartProps<CoverageBar>) => {
  const option = useMemo(() => {
    const rows = [...data].reverse();
    const percent = (value: number) => Math.round(value * 100);
    return {
      ...base,
      legend: { top: 0, textStyle: text },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [
        {
          type: 'bar',
          name: columns[1],
          data: rows.map((row) => percent(row.coverage)),
          itemStyle: { color: '#4c6ef5' },
        },
        {
          type: 'bar',
          name: columns[2],
          data: rows.map((row) => percent(row.completion)),
          itemStyle: { color: '#82c91e' },
        },
      ],
    };
  }, [data, columns]);
  return <ReportChart title={title} option={option} height={50 + 40 * data.length} onDrawn={onDrawn} />;
};
