import { createReportContext, type ReportContext } from './context';
import { reportSectionIds, type ReportData, type ReportOptions, type ReportSectionId } from './options';
import { buildAppendix, type AppendixSection } from './sections/appendix';
import { buildConcentration, type ConcentrationSection } from './sections/concentration';
import { buildCover, type CoverSection } from './sections/cover';
import { buildCoverage, type CoverageSection } from './sections/coverage';
import { buildDecisions, type DecisionsSection } from './sections/decisions';
import { buildExposure, type ExposureSection } from './sections/exposure';
import { buildHeatmaps, type HeatmapsSection } from './sections/heatmaps';
import { buildLicences, type LicencesSection } from './sections/licences';
import { buildSovereignty, type SovereigntySection } from './sections/sovereignty';
import { buildStandards, type StandardsSection } from './sections/standards';
import { buildSummary, type SummarySection } from './sections/summary';
import { buildTreatment, type TreatmentSection } from './sections/treatment';

export interface ReportSections {
  cover: CoverSection;
  summary: SummarySection;
  heatmaps: HeatmapsSection;
  concentration: ConcentrationSection;
  exposure: ExposureSection;
  sovereignty: SovereigntySection;
  standards: StandardsSection;
  licences: LicencesSection;
  coverage: CoverageSection;
  treatment: TreatmentSection;
  decisions: DecisionsSection;
  appendix: AppendixSection;
}

/** The board report's content: only the sections asked for, with `included` giving their print order. */
export interface BoardReport {
  included: ReportSectionId[];
  sections: Partial<ReportSections>;
}

const builders: { [K in ReportSectionId]: (context: ReportContext) => ReportSections[K] } = {
  cover: buildCover,
  summary: buildSummary,
  heatmaps: buildHeatmaps,
  concentration: buildConcentration,
  exposure: buildExposure,
  sovereignty: buildSovereignty,
  standards: buildStandards,
  licences: buildLicences,
  coverage: buildCoverage,
  treatment: buildTreatment,
  decisions: buildDecisions,
  appendix: buildAppendix,
};

const buildSection = <K extends ReportSectionId>(id: K, context: ReportContext): Pick<ReportSections, K> =>
  ({ [id]: builders[id](context) }) as Pick<ReportSections, K>;

/**
 * Everything the board report of design §4 shows, computed from the records: codes, numbers, names and
 * dates, each key figure with the route of the screen it comes from; no rendering, no translation. Only the
 * selected sections are built, in the report's order whatever the order asked; the parts they share
 * (scores, concentration, exposure) are computed once.
 */
export const buildBoardReport = (data: ReportData, options: ReportOptions): BoardReport => {
  const context = createReportContext(data, options);
  const included = reportSectionIds.filter((id) => options.sections.includes(id));
  return {
    included,
    sections: Object.assign(
      {},
      ...included.map((id) => buildSection(id, context)),
    ) as Partial<ReportSections>,
  };
};
