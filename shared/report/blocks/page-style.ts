import type { ReportFrame } from './report-blocks';

/** A CSS string literal of any text: quotes, backslashes and line breaks escaped. */
const cssString = (text: string): string =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

/**
 * The printed page: A4 with margins, the running header (organisation and marking left and right, the
 * title centred) and "Page n of m" at the foot — on every page but the cover.
 */
export const pageStyle = (frame: ReportFrame): string => `
@page {
  size: A4;
  margin: 18mm 15mm 18mm 15mm;
  @top-left { content: ${cssString(frame.organisation)}; font-size: 8pt; color: #495057; }
  @top-center { content: ${cssString(frame.title)}; font-size: 8pt; color: #495057; }
  @top-right { content: ${cssString(frame.classification)}; font-size: 8pt; font-weight: 700; }
  @bottom-right {
    content: ${cssString(`${frame.pageWord} `)} counter(page) ${cssString(` ${frame.ofWord} `)} counter(pages);
    font-size: 8pt;
    color: #495057;
  }
  @bottom-left { content: ${cssString(frame.classification)}; font-size: 8pt; font-weight: 700; }
}
@page :first {
  @top-left { content: none; }
  @top-center { content: none; }
  @top-right { content: none; }
  @bottom-right { content: none; }
}
`;
