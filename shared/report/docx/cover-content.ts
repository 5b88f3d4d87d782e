import { AlignmentType, HeadingLevel, ImageRun, PageBreak, Paragraph, TextRun } from 'docx';
import type { ReportCover } from '../blocks/report-blocks';
import { logoImage } from './logo-image';

const logoParagraphs = (logo: string | undefined, organisation: string): Paragraph[] => {
  const image = logo ? logoImage(logo) : undefined;
  if (!image) return [];
  return [
    new Paragraph({
      spacing: { after: 480 },
      children: [
        new ImageRun({
          type: image.type,
          data: image.data,
          transformation: image.display,
          altText: { name: organisation, description: organisation, title: organisation },
        }),
      ],
    }),
  ];
};

/** The cover, alone on the first page: logo, title, organisation, date, marking and the labelled lines. */
export const coverContent = (cover: ReportCover): Paragraph[] => [
  ...logoParagraphs(cover.logo, cover.organisation),
  new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 1440 }, text: cover.title }),
  new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: cover.organisation, size: 32 })] }),
  new Paragraph({ children: [new TextRun({ text: cover.date, size: 24 })] }),
  new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 240, after: 480 },
    children: [new TextRun({ text: cover.classification, bold: true, allCaps: true, size: 24 })],
  }),
  ...cover.lines.map(
    ({ label, value }) =>
      new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
  ),
  new Paragraph({ children: [new PageBreak()] }),
];
