import type { ConcentrationBand, Heatmap, NetworkDomain } from '../../domain';
import type { VerdictTone } from './verdict-tones';

/**
 * The board report as its renderers see it: headings, paragraphs, key figures, tables and charts, already
 * worded in the report's language. The print page (HTML → PDF) and the Word file render the same blocks,
 * so they cannot disagree on a figure or a sentence. `source` is the app route a figure comes from.
 */
export type ReportBlock =
  | { kind: 'cover'; cover: ReportCover }
  | { kind: 'heading'; level: 1 | 2; text: string; id: string }
  | { kind: 'paragraph'; text: string; tone?: 'note' | 'high' | 'medium' | 'low' }
  | { kind: 'figures'; figures: ReportFigure[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'verdicts'; verdicts: ReportVerdict[] }
  | { kind: 'heatmaps'; maps: ReportHeatmap[]; axes: { likelihood: string; impact: string } }
  | { kind: 'concentrationChart'; title: string; columns: ChartColumns; domains: ConcentrationBar[] }
  | { kind: 'timeline'; title: string; columns: ChartColumns; months: TimelineMonth[] }
  | { kind: 'coverageChart'; title: string; columns: ChartColumns; bars: CoverageBar[] }
  | { kind: 'shareChart'; title: string; columns: ChartColumns; bars: ShareBar[] }
  | { kind: 'whatIfChart'; title: string; axis: string; columns: string[]; domains: WhatIfBar[] };

/** The words of a chart's category and its two measures: axis names when drawn, headings when tabulated. */
export type ChartColumns = [category: string, first: string, second: string];

export interface ReportCover {
  title: string;
  organisation: string;
  date: string;
  classification: string;
  /** Labelled lines under the title: period, prepared by, approved by. */
  lines: Array<{ label: string; value: string }>;
  /** A data: URL, or undefined. */
  logo?: string;
}

/** A verdict worded, with its tone and the word for it ("High"), so it reads without colour too. */
export interface ReportVerdict {
  tone: VerdictTone;
  label: string;
  text: string;
  source?: string;
}

/** A 5×5 heatmap and its title; a heatmaps block sets its maps side by side. */
export interface ReportHeatmap {
  title: string;
  heatmap: Heatmap;
}

export interface ReportFigure {
  label: string;
  value: string;
  source: string;
}

export interface ReportCell {
  text: string;
  source?: string;
  /** Numbers align right; a status may be emphasised. */
  align?: 'right';
  tone?: 'high' | 'medium' | 'low';
}

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: ReportCell[][];
  /** Said instead of an empty table. */
  empty: string;
  /**
   * The id of the heading right above that says the same as the caption: the table is named by it and not
   * captioned again (one name, read once).
   */
  labelledBy?: string;
}

export interface ConcentrationBar {
  domain: NetworkDomain;
  label: string;
  hhi: number;
  band: ConcentrationBand;
  bandLabel: string;
}

/**
 * A domain's HHI today and after each option: `values` follow `columns` after the first (the domain's
 * heading): today, then each option.
 */
export interface WhatIfBar {
  domain: NetworkDomain;
  label: string;
  values: number[];
}

export interface TimelineMonth {
  label: string;
  notices: number;
  expiries: number;
}

export interface CoverageBar {
  label: string;
  /** 0–1 shares. */
  coverage: number;
  completion: number;
}

/** A category's share of a whole (0–1), and the count of what it holds (holders of a country). */
export interface ShareBar {
  label: string;
  count: number;
  share: number;
}

/** The running header and the file's metadata. */
export interface ReportFrame {
  title: string;
  organisation: string;
  classification: string;
  language: 'en' | 'fr';
  /** "Page" and "of", for the page numbers. */
  pageWord: string;
  ofWord: string;
}
