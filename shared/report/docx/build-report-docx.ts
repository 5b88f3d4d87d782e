import type { ReportBlock, ReportFrame } from '../blocks/report-blocks';

/**
 * The board report as a Word file (.docx): the same blocks as the print page, as editable headings, text
 * and tables. The docx library is loaded on first use, so it stays out of the app's main bundle.
 */
export const buildReportDocx = async (blocks: ReportBlock[], frame: ReportFrame): Promise<Uint8Array> => {
  const { renderReportDocx } = await import('./render-report-docx');
  return renderReportDocx(blocks, frame);
};
