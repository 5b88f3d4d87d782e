import type { BoardReport, ReportSectionId } from '../index';
import { coverageBlocks } from './coverage-blocks';
import { decisionsBlocks } from './decision-blocks';
import { licenceBlocks } from './licence-blocks';
import type { ReportBlock } from './report-blocks';
import type { ReportWords } from './report-words';
import { appendixBlocks, heatmapBlocks, treatmentBlocks } from './risk-blocks';
import { coverBlock } from './cover-block';
import { standardsBlocks } from './standards-blocks';
import { summaryBlocks } from './summary-blocks';
import { labelTablesByHeadings } from './table-labels';
import { concentrationBlocks, exposureBlocks, sovereigntyBlocks } from './supply-blocks';

/**
 * The report in blocks, worded in its language: the cover, then each included section under its heading.
 * A table is captioned unless a heading right above already names it. `today` dates the licence timeline;
 * `logo` is a data: URL or ''.
 */
export const buildReportBlocks = (
  report: BoardReport,
  words: ReportWords,
  { today, logo }: { today: string; logo: string },
): ReportBlock[] => {
  const { sections } = report;
  const body = (id: ReportSectionId): ReportBlock[] => {
    switch (id) {
      case 'cover':
        return [];
      case 'summary':
        return sections.summary ? summaryBlocks(sections.summary, words) : [];
      case 'heatmaps':
        return sections.heatmaps ? heatmapBlocks(sections.heatmaps, words) : [];
      case 'concentration':
        return sections.concentration ? concentrationBlocks(sections.concentration, words) : [];
      case 'exposure':
        return sections.exposure ? exposureBlocks(sections.exposure, words) : [];
      case 'sovereignty':
        return sections.sovereignty ? sovereigntyBlocks(sections.sovereignty, words) : [];
      case 'standards':
        return sections.standards ? standardsBlocks(sections.standards, words) : [];
      case 'licences':
        return sections.licences ? licenceBlocks(sections.licences, today, words) : [];
      case 'coverage':
        return sections.coverage ? coverageBlocks(sections.coverage, words) : [];
      case 'treatment':
        return sections.treatment ? treatmentBlocks(sections.treatment, words) : [];
      case 'decisions':
        return sections.decisions ? decisionsBlocks(sections.decisions, words) : [];
      case 'appendix':
        return sections.appendix ? appendixBlocks(sections.appendix, words) : [];
    }
  };
  const blocks = report.included.flatMap((id): ReportBlock[] =>
    id === 'cover'
      ? sections.cover
        ? [coverBlock(sections.cover, words, logo || undefined)]
        : []
      : [
          { kind: 'heading', level: 1, text: words.t(`reports.sections.${id}`), id: `section-${id}` },
          ...body(id),
        ],
  );
  return labelTablesByHeadings(blocks);
};
