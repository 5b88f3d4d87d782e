import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { xmlSafeDeep } from '../../domain';
import type { ReportBlock, ReportFrame } from '../blocks/report-blocks';
import { blockContent } from './block-content';
import { contentWidth } from './word-table';

const languageTags: Record<ReportFrame['language'], string> = { en: 'en-GB', fr: 'fr-FR' };

/** A4 portrait, in twentieths of a point; 2 cm margins all round. */
const page = { width: 11906, height: 16838, margin: 1134 };

const runningHeader = ({ organisation, classification, title }: ReportFrame): Header =>
  new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        children: [
          new TextRun({ text: `${organisation} — ${classification}`, bold: true, size: 16 }),
          new TextRun({ text: `\t${title}`, size: 16 }),
        ],
      }),
    ],
  });

const pageNumberFooter = ({ pageWord, ofWord }: ReportFrame): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 16,
            children: [`${pageWord} `, PageNumber.CURRENT, ` ${ofWord} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });

/**
 * The Word document of the report's blocks, as the bytes of a .docx file. Stored text may predate the text
 * schemas' cleaning, so every string is cleaned again of what XML cannot hold: one such character would
 * make Word refuse the whole file.
 */
export const renderReportDocx = async (
  reportBlocks: ReportBlock[],
  reportFrame: ReportFrame,
): Promise<Uint8Array> => {
  const blocks = xmlSafeDeep(reportBlocks);
  const frame = xmlSafeDeep(reportFrame);
  const document = new Document({
    title: frame.title,
    creator: frame.organisation,
    lastModifiedBy: frame.organisation,
    styles: { default: { document: { run: { language: { value: languageTags[frame.language] } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: page.margin, bottom: page.margin, left: page.margin, right: page.margin },
          },
        },
        headers: { default: runningHeader(frame) },
        footers: { default: pageNumberFooter(frame) },
        children: blockContent(blocks, frame.language),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
};
