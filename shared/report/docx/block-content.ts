import { HeadingLevel, Paragraph, Table, TextRun } from 'docx';
import type { ReportBlock, ReportFigure, ReportFrame, ReportTable } from '../blocks/report-blocks';
import { chartTables } from './chart-tables';
import { coverContent } from './cover-content';
import { heatmapsTable } from './heatmap-table';
import { toneText } from './tones';
import { verdictTable } from './verdict-table';
import { caption, wordTable } from './word-table';

/** Two figures to a row, label and value each, so the summary keeps to one page. */
const figuresTable = (figures: ReportFigure[]): Table =>
  wordTable(
    undefined,
    Array.from({ length: Math.ceil(figures.length / 2) }, (_, row) =>
      figures
        .slice(row * 2, row * 2 + 2)
        .flatMap(({ label, value }) => [
          { text: label },
          { text: value, align: 'right' as const, bold: true },
        ]),
    ).map((row) => (row.length < 4 ? [...row, { text: '' }, { text: '' }] : row)),
  );

/** A table is captioned unless the heading above names it already. */
const reportTable = ({
  caption: title,
  columns,
  rows,
  empty,
  labelledBy,
}: ReportTable): Array<Paragraph | Table> => [
  ...(labelledBy ? [] : [caption(title)]),
  rows.length === 0
    ? new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })
    : wordTable(
        columns.map((text, index) => ({ text, align: rows[0]?.[index]?.align })),
        rows.map((row) => row.map(({ text, align, tone }) => ({ text, align, shade: tone }))),
      ),
];

const paragraph = (text: string, tone: keyof typeof toneText | undefined): Paragraph =>
  new Paragraph({
    spacing: { after: 120 },
    children: [
      new TextRun({ text, color: tone && toneText[tone], italics: tone === 'note', bold: tone === 'high' }),
    ],
  });

/**
 * The Word paragraphs and tables of the report's blocks, in order. Sources (app routes) are left out:
 * they are links in the app's preview only.
 */
export const blockContent = (
  blocks: ReportBlock[],
  language: ReportFrame['language'],
): Array<Paragraph | Table> => {
  const charts = chartTables(language);
  const content = blocks.flatMap((block, index): Array<Paragraph | Table> => {
    switch (block.kind) {
      case 'cover':
        return coverContent(block.cover);
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            keepNext: true,
            // Each section on a new page, as on the print page: the summary is a page of its own. The
            // cover ends with its own page break.
            pageBreakBefore: block.level === 1 && index > 0 && blocks[index - 1]?.kind !== 'cover',
            text: block.text,
          }),
        ];
      case 'paragraph':
        return [paragraph(block.text, block.tone)];
      case 'figures':
        return [figuresTable(block.figures)];
      case 'table':
        return reportTable(block.table);
      case 'verdicts':
        return [verdictTable(block.verdicts)];
      case 'heatmaps':
        return [heatmapsTable(block.maps, block.axes)];
      case 'concentrationChart':
        return [caption(block.title), charts.concentration(block.columns, block.domains)];
      case 'timeline':
        return [caption(block.title), charts.timeline(block.columns, block.months)];
      case 'coverageChart':
        return [caption(block.title), charts.coverage(block.columns, block.bars)];
      case 'shareChart':
        return [caption(block.title), charts.shares(block.columns, block.bars)];
      case 'whatIfChart':
        return [caption(block.title), charts.whatIf(block.columns, block.domains)];
    }
  });
  // A blank line after each table, so two tables in a row do not merge into one in Word.
  return content.flatMap((element) => (element instanceof Table ? [element, new Paragraph({})] : [element]));
};
