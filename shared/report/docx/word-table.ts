import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { RiskLevel } from '../../domain';
import { toneShading } from './tones';

/** A cell of a Word table: its text, right-aligned for numbers, shaded by a level when it has one. */
export interface WordCell {
  text: string;
  align?: 'right' | 'center';
  shade?: RiskLevel;
  bold?: boolean;
}

/** Width of the text block of an A4 page with the report's margins, in twentieths of a point. */
export const contentWidth = 11906 - 2 * 1134;

const alignment = { right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

const headerFill = 'E8ECF1';

const cell = ({ text, align, shade, bold }: WordCell, width: number, fill = shade && toneShading[shade]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: align ? alignment[align] : undefined,
        children: [new TextRun({ text, bold })],
      }),
    ],
  });

/**
 * A Word table across the text block, its columns equal. The header row (when given) is bold, shaded and
 * repeated at the top of every page the table runs onto; rows do not split across pages.
 */
export const wordTable = (header: WordCell[] | undefined, rows: WordCell[][]): Table => {
  const columnCount = header?.length ?? rows[0]?.length ?? 1;
  const width = Math.floor(contentWidth / columnCount);
  const headerRow = header
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: header.map((heading) => cell({ ...heading, bold: true }, width, headerFill)),
        }),
      ]
    : [];
  return new Table({
    width: { size: width * columnCount, type: WidthType.DXA },
    columnWidths: Array.from({ length: columnCount }, () => width),
    rows: [
      ...headerRow,
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((value) => cell(value, width)) }),
      ),
    ],
  });
};

/** The line above a table or chart that names it, kept on the table's page. */
export const caption = (text: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 240, after: 80 },
    children: [new TextRun({ text, bold: true })],
  });
