import i18next from 'i18next';
import { useMemo } from 'react';
import { builtInChecklists } from '@shared/checklists';
import { buildBoardReport, type BoardReport } from '@shared/report';
import { useAssessments } from '../../data/assessments';
import { useOwnChecklists } from '../../data/checklists';
import { useDependencies } from '../../data/dependencies';
import { useLicences } from '../../data/licences';
import { useRisks } from '../../data/risks';
import { useAllSbomComponents } from '../../data/sbom';
import { useSettings } from '../../data/settings';
import { useVendors } from '../../data/vendors';
import { localToday } from '../vendors/dates';
import { buildReportBlocks } from './document/buildReportBlocks';
import type { ReportBlock, ReportFrame } from './document/reportBlocks';
import { reportWords } from './document/reportWords';
import { useReportOptions, type BoardReportSettings } from './useReportOptions';

export interface BoardReportView {
  report: BoardReport;
  blocks: ReportBlock[];
  frame: ReportFrame;
  settings: BoardReportSettings;
}

/**
 * The board report of the current options, worded in the report's language: the model is rebuilt when the
 * records, the sections or the scope change; the cover's words (title, names, marking) only re-word it.
 */
export const useBoardReport = (): BoardReportView | undefined => {
  const settings = useReportOptions();
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();
  const assessments = useAssessments();
  const ownChecklists = useOwnChecklists();
  const sbomComponents = useAllSbomComponents();
  const profile = useSettings();
  const today = localToday();
  const { sections, domains, vendorIds, periodFrom, periodTo } = settings;

  const report = useMemo(() => {
    if (!vendors || !dependencies || !licences || !risks || !assessments || !ownChecklists || !sbomComponents)
      return undefined;
    return buildBoardReport(
      {
        vendors,
        dependencies,
        licences,
        risks,
        assessments,
        sbomComponents,
        checklists: [...builtInChecklists, ...ownChecklists],
        organisation: { name: profile?.organisationName ?? '', country: profile?.organisationCountry },
        today,
      },
      {
        title: '',
        classification: 'INTERNAL',
        sections,
        scope: { domains, vendorIds },
        ...(periodFrom && periodTo ? { period: { from: periodFrom, to: periodTo } } : {}),
      },
    );
  }, [
    vendors,
    dependencies,
    licences,
    risks,
    assessments,
    ownChecklists,
    sbomComponents,
    profile,
    today,
    sections,
    domains,
    vendorIds,
    periodFrom,
    periodTo,
  ]);

  const { title, classification, preparedBy, approvedBy, language, logo } = settings;
  return useMemo(() => {
    if (!report) return undefined;
    const cover = report.sections.cover && {
      ...report.sections.cover,
      title,
      classification,
      ...(preparedBy ? { preparedBy } : {}),
      ...(approvedBy ? { approvedBy } : {}),
    };
    const worded: BoardReport = { ...report, sections: { ...report.sections, ...(cover ? { cover } : {}) } };
    const fixed = i18next.getFixedT(language);
    const words = reportWords((key, params) => fixed(key as never, params), language);
    const reportTitle = title || words.t('boardReport.defaultTitle');
    return {
      report: worded,
      blocks: buildReportBlocks(worded, words, { today, logo }),
      frame: {
        title: reportTitle,
        organisation: profile?.organisationName ?? '',
        classification,
        language,
        pageWord: words.t('boardReport.page'),
        ofWord: words.t('boardReport.of'),
      },
      settings,
    };
  }, [report, title, classification, preparedBy, approvedBy, language, logo, today, profile, settings]);
};
