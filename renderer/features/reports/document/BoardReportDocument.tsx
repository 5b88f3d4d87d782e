import { useCallback, useEffect, useRef } from 'react';
import type { ReportBlock, ReportFrame } from '@shared/report/blocks/report-blocks';
import classes from './boardReport.module.css';
import { pageStyle } from '@shared/report/blocks/page-style';
import { ConcentrationChart, CoverageChart, ShareChart, TimelineChart, WhatIfChart } from './ReportCharts';
import { ReportHeatmap } from './ReportHeatmap';
import { ReportTableView } from './ReportTableView';
import { ReportVerdicts } from './ReportVerdicts';
import { SourceLink } from './SourceLink';

interface BoardReportDocumentProps {
  blocks: ReportBlock[];
  frame: ReportFrame;
  /** On paper: no links, and `onReady` once every chart is drawn. */
  print: boolean;
  onReady?: () => void;
  /** Called as each chart is drawn, with how many are so far and how many there are. */
  onChartDrawn?: (drawn: number, total: number) => void;
}

interface HeadingProps {
  level: number;
  print: boolean;
  id?: string;
  className: string | undefined;
  children: string;
}

/** On paper the report is the page (its title the h1); in the preview it sits under the screen's own h1. */
const Heading = ({ level, print, id, className, children }: HeadingProps) => {
  const Tag = `h${Math.min(6, print ? level : level + 1)}` as 'h1';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
};

const chartKinds = new Set<ReportBlock['kind']>([
  'concentrationChart',
  'timeline',
  'coverageChart',
  'shareChart',
  'whatIfChart',
]);
const toneClass = {
  note: classes.note,
  high: classes.high,
  medium: classes.medium,
  low: classes.low,
} as const;

/** The board report as a print-designed page; the same blocks make the Word file. */
export const BoardReportDocument = ({
  blocks,
  frame,
  print,
  onReady,
  onChartDrawn,
}: BoardReportDocumentProps) => {
  const charts = blocks.filter((block) => chartKinds.has(block.kind)).length;
  const drawn = useRef(new Set<number>());
  const ready = useRef(onReady);
  const progress = useRef(onChartDrawn);
  useEffect(() => {
    ready.current = onReady;
    progress.current = onChartDrawn;
  });
  const chartDrawn = useCallback(
    (index: number) => () => {
      drawn.current.add(index);
      progress.current?.(drawn.current.size, charts);
      if (drawn.current.size === charts) ready.current?.();
    },
    [charts],
  );
  useEffect(() => {
    if (charts === 0) ready.current?.();
    else progress.current?.(drawn.current.size, charts);
  }, [charts]);

  const render = (block: ReportBlock, index: number) => {
    switch (block.kind) {
      case 'cover':
        return (
          <header key={index} className={classes.cover}>
            {block.cover.logo && (
              <img src={block.cover.logo} alt={block.cover.organisation} className={classes.coverLogo} />
            )}
            <span className={classes.marking}>{block.cover.classification}</span>
            <Heading level={1} print={print} className={classes.coverTitle}>
              {block.cover.title}
            </Heading>
            <p>
              <strong>{block.cover.organisation}</strong>
              <br />
              {block.cover.date}
            </p>
            <dl>
              {block.cover.lines.map((line) => (
                <div key={line.label}>
                  <dt style={{ display: 'inline' }}>{line.label}: </dt>
                  <dd style={{ display: 'inline', margin: 0 }}>{line.value}</dd>
                </div>
              ))}
            </dl>
          </header>
        );
      case 'heading':
        return (
          <Heading
            key={index}
            level={block.level + 1}
            print={print}
            id={block.id}
            className={block.level === 1 ? classes.sectionTitle : classes.subTitle}
          >
            {block.text}
          </Heading>
        );
      case 'paragraph':
        return (
          <p key={index} className={block.tone ? toneClass[block.tone] : undefined}>
            {block.text}
          </p>
        );
      case 'figures':
        return (
          <dl key={index} className={classes.figures}>
            {block.figures.map((figure) => (
              <div key={figure.label}>
                <dt>{figure.label}</dt>
                <dd>
                  <SourceLink source={figure.source} print={print}>
                    {figure.value}
                  </SourceLink>
                </dd>
              </div>
            ))}
          </dl>
        );
      case 'table':
        return <ReportTableView key={index} table={block.table} print={print} />;
      case 'verdicts':
        return <ReportVerdicts key={index} verdicts={block.verdicts} print={print} />;
      case 'heatmaps':
        return (
          <div key={index} className={classes.heatmaps}>
            {block.maps.map((map) => (
              <ReportHeatmap key={map.title} title={map.title} heatmap={map.heatmap} axes={block.axes} />
            ))}
          </div>
        );
      case 'concentrationChart':
        return (
          <ConcentrationChart
            key={index}
            title={block.title}
            columns={block.columns}
            data={block.domains}
            language={frame.language}
            onDrawn={chartDrawn(index)}
          />
        );
      case 'timeline':
        return (
          <TimelineChart
            key={index}
            title={block.title}
            columns={block.columns}
            data={block.months}
            language={frame.language}
            onDrawn={chartDrawn(index)}
          />
        );
      case 'coverageChart':
        return (
          <CoverageChart
            key={index}
            title={block.title}
            columns={block.columns}
            data={block.bars}
            language={frame.language}
            onDrawn={chartDrawn(index)}
          />
        );
      case 'shareChart':
        return (
          <ShareChart
            key={index}
            title={block.title}
            columns={block.columns}
            data={block.bars}
            language={frame.language}
            onDrawn={chartDrawn(index)}
          />
        );
      case 'whatIfChart':
        return (
          <WhatIfChart
            key={index}
            title={block.title}
            axis={block.axis}
            columns={block.columns}
            data={block.domains}
            language={frame.language}
            onDrawn={chartDrawn(index)}
          />
        );
    }
  };

  return (
    <article className={classes.document} lang={frame.language} aria-label={frame.title}>
      <style>{pageStyle(frame)}</style>
      {blocks.map(render)}
    </article>
  );
};
