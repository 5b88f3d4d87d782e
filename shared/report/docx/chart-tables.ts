import { concentrationBand, type ConcentrationBand, type RiskLevel } from '../../domain';
import type { Table } from 'docx';
import type {
  ChartColumns,
  ConcentrationBar,
  CoverageBar,
  ReportFrame,
  ShareBar,
  TimelineMonth,
  WhatIfBar,
} from '../blocks/report-blocks';
import { wordTable } from './word-table';

/** The charts as the numbers behind them: a board edits text and tables, not pictures. */
export const chartTables = (language: ReportFrame['language']) => {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const bandShade: Record<ConcentrationBand, RiskLevel> = {
    high: 'high',
    moderate: 'medium',
    unconcentrated: 'low',
  };
  const right = 'right' as const;

  return {
    concentration: ([domain, hhi, band]: ChartColumns, domains: ConcentrationBar[]): Table =>
      wordTable(
        [{ text: domain }, { text: hhi, align: right }, { text: band }],
        domains.map((bar) => [
          { text: bar.label },
          { text: integer.format(bar.hhi), align: right },
          { text: bar.bandLabel, shade: bandShade[bar.band] },
        ]),
      ),
    timeline: ([month, notices, expiries]: ChartColumns, months: TimelineMonth[]): Table =>
      wordTable(
        [{ text: month }, { text: notices, align: right }, { text: expiries, align: right }],
        months.map((row) => [
          { text: row.label },
          { text: integer.format(row.notices), align: right },
          { text: integer.format(row.expiries), align: right },
        ]),
      ),
    /** A domain a row, today and each option a column, each HHI shaded by its band. */
    whatIf: (columns: string[], domains: WhatIfBar[]): Table =>
      wordTable(
        columns.map((text, index) => ({ text, align: index === 0 ? undefined : right })),
        domains.map((bar) => [
          { text: bar.label },
          ...bar.values.map((hhi) => ({
            text: integer.format(hhi),
            align: right,
            shade: bandShade[concentrationBand(hhi)],
          })),
        ]),
      ),
    coverage: ([checklist, coverage, completion]: ChartColumns, bars: CoverageBar[]): Table =>
      wordTable(
        [{ text: checklist }, { text: coverage, align: right }, { text: completion, align: right }],
        bars.map((bar) => [
          { text: bar.label },
          { text: percent.format(bar.coverage), align: right },
          { text: percent.format(bar.completion), align: right },
        ]),
      ),
    shares: ([category, count, share]: ChartColumns, bars: ShareBar[]): Table =>
      wordTable(
        [{ text: category }, { text: count, align: right }, { text: share, align: right }],
        bars.map((bar) => [
          { text: bar.label },
          { text: integer.format(bar.count), align: right },
          { text: percent.format(bar.share), align: right },
        ]),
      ),
  };
};
