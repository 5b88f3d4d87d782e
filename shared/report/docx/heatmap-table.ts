import { riskLevel, riskScore } from '../../domain';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportHeatmap } from '../blocks/report-blocks';
import { toneShading } from './tones';

const scale = [1, 2, 3, 4, 5] as const;

/** Twentieths of a point: a likelihood label column, five cells, and a gap between two maps. */
const labelWidth = 1500;
const cellWidth = 560;
const gapWidth = 400;

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

interface CellOptions {
  fill?: string;
  bold?: boolean;
  span?: number;
  borderless?: boolean;
}

const cell = (text: string, width: number, options: CellOptions = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: options.borderless ? { top: none, bottom: none, left: none, right: none } : undefined,
    columnSpan: options.span,
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: options.span ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text, bold: options.bold })],
      }),
    ],
  });

/**
 * Each 5×5 matrix — likelihood rows from 5 down to 1, impact columns from 1 to 5, the number of risks in
 * each cell, shaded by the level of its score (likelihood × impact) — and two of them side by side in one
 * table (Word has no floating grid): a title row, the impact row, then a row per likelihood — the left
 * map's cells, a gap, the right map's. Rows never split, so
 * the pair stays on the summary's page.
 */
export const heatmapsTable = (maps: ReportHeatmap[], axes: { likelihood: string; impact: string }): Table => {
  const gap = () => cell('', gapWidth, { borderless: true });
  const joined = (part: (map: ReportHeatmap) => TableCell[]) =>
    maps.flatMap((map, index) => (index === 0 ? part(map) : [gap(), ...part(map)]));
  const widths = maps.flatMap((_, index) => [
    ...(index === 0 ? [] : [gapWidth]),
    labelWidth,
    ...scale.map(() => cellWidth),
  ]);
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        cantSplit: true,
        children: joined((map) => [cell(map.title, labelWidth + 5 * cellWidth, { bold: true, span: 6 })]),
      }),
      new TableRow({
        cantSplit: true,
        children: joined(() => [
          cell(`${axes.likelihood} \\ ${axes.impact}`, labelWidth, { fill: 'E8ECF1' }),
          ...scale.map((impact) => cell(String(impact), cellWidth, { fill: 'E8ECF1' })),
        ]),
      }),
      ...[...scale].reverse().map(
        (likelihood) =>
          new TableRow({
            cantSplit: true,
            children: joined((map) => [
              cell(String(likelihood), labelWidth, { bold: true }),
              ...scale.map((impact) =>
                cell(String(map.heatmap[likelihood - 1]?.[impact - 1]?.riskIds.length ?? 0), cellWidth, {
                  fill: toneShading[riskLevel(riskScore(likelihood, impact))],
                }),
              ),
            ]),
          }),
      ),
    ],
  });
};
