import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ReportVerdict } from '../blocks/report-blocks';
import { verdictColours } from '../blocks/verdict-tones';
import { contentWidth } from './word-table';

const tagWidth = 1500;
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/**
 * The verdicts as the print page draws them: a tag shaded in the colour of its tone, with its word, beside
 * the finding. A borderless table keeps the tags in one column when the text wraps.
 */
export const verdictTable = (verdicts: ReportVerdict[]): Table =>
  new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [tagWidth, contentWidth - tagWidth],
    borders: noBorders,
    rows: verdicts.map(({ tone, label, text }) => {
      const { fill, ink } = verdictColours[tone];
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: tagWidth, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: label, bold: true, color: ink, allCaps: true, size: 16 })],
              }),
            ],
          }),
          new TableCell({
            width: { size: contentWidth - tagWidth, type: WidthType.DXA },
            margins: { left: 120, bottom: 60 },
            children: [new Paragraph({ children: [new TextRun(text)] })],
          }),
        ],
      });
    }),
  });
