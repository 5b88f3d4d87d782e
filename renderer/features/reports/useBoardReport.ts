import i18next from 'i18next';
import { useMemo } from 'react';
import { builtInChecklists } from '@shared/checklists';
import { localiseChecklist } from '@shared/checklists/localise';
import { buildBoardReport } from '@shared/report';
import { useAssessments } from '@renderer/data/assessments';
import { useOwnChecklists } from '@renderer/data/checklists';
import { useDecisions } from '@renderer/data/decisions';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useAllSbomComponents } from '@renderer/data/sbom';
import { useSettings } from '@renderer/data/settings';
import { useDeclarationSets, usePatentAssumptions, useRoyaltyRates } from '@renderer/data/standards';
import { useStandardsReference } from '@renderer/data/standards-reference';
import { useVendors } from '@renderer/data/vendors';
import { localToday } from '@shared/domain';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import { coverBlock } from '@shared/report/blocks/cover-block';
import type { ReportBlock, ReportFrame } from '@shared/report/blocks/report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { useReportLanguage, useReportOptions } from './useReportOptions';

export interface BoardReportView {
  blocks: ReportBlock[];
  frame: ReportFrame;
}

/**
 * The board report of the current options, worded in the report's language: the model is rebuilt when the
 * records, the sections or the scope change; the cover's words (title, names, marking) only re-word it.
 */
export const useBoardReport = (): BoardReportView | undefined => {
  const settings = useReportOptions();
  const language = useReportLanguage();
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  const risks = useRisks();
  const assessments = useAssessments();
  const ownChecklists = useOwnChecklists();
  const sbomComponents = useAllSbomComponents();
  const declarationSets = useDeclarationSets();
  const royaltyRates = useRoyaltyRates();
  const patentAssumptions = usePatentAssumptions();
  const standardsReference = useStandardsReference();
  const decisions = useDecisions();
  const profile = useSettings();
  const today = localToday();
  const { sections, domains, vendorIds, periodFrom, periodTo } = settings;

  const report = useMemo(() => {
    if (
      !vendors ||
      !dependencies ||
      !licences ||
      !risks ||
      !assessments ||
      !ownChecklists ||
      !sbomComponents ||
      !declarationSets ||
      !royaltyRates ||
      !patentAssumptions ||
      !standardsReference ||
      !decisions
    )
      return undefined;
    return buildBoardReport(
      {
        vendors,
        dependencies,
        licences,
        risks,
        assessments,
        sbomComponents,
        declarationSets,
        royaltyRates,
        patentAssumptions,
        standardsReference,
        decisions,
        // Built-ins named in the report's language; the user's own as they typed them.
        checklists: [
          ...builtInChecklists.map((checklist) => localiseChecklist(checklist, language)),
          ...ownChecklists,
        ],
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
    language,
    sbomComponents,
    declarationSets,
    royaltyRates,
    patentAssumptions,
    standardsReference,
    decisions,
    profile,
    today,
    sections,
    domains,
    vendorIds,
    periodFrom,
    periodTo,
  ]);

  const { title, classification, preparedBy, approvedBy, logo } = settings;
  const words = useMemo(() => {
    const fixed = i18next.getFixedT(language);
    return reportWords((key, params) => fixed(key as never, params), language);
  }, [language]);
  // The body is worded when the model or the language changes; typing a title re-words the cover only.
  const body = useMemo(
    () =>
      report &&
      buildReportBlocks({ ...report, included: report.included.filter((id) => id !== 'cover') }, words, {
        today,
        logo: '',
      }),
    [report, words, today],
  );
  const cover = useMemo(() => {
    const section = report?.sections.cover;
    if (!section) return [];
    const worded = {
      ...section,
      title,
      classification,
      ...(preparedBy ? { preparedBy } : {}),
      ...(approvedBy ? { approvedBy } : {}),
    };
    return [coverBlock(worded, words, logo || undefined)];
  }, [report, words, title, classification, preparedBy, approvedBy, logo]);

  const organisation = profile?.organisationName ?? '';
  return useMemo(
    () =>
      body && {
        blocks: [...cover, ...body],
        frame: {
          title: title || words.t('boardReport.defaultTitle'),
          organisation,
          classification: words.t(`boardReport.classification.${classification}`),
          language,
          pageWord: words.t('boardReport.page'),
          ofWord: words.t('boardReport.of'),
        },
      },
    [body, cover, title, words, organisation, classification, language],
  );
};
