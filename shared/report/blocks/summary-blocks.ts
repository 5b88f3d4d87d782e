import type { SummarySection, Verdict } from '../index';
import type { ReportBlock, ReportTable, ReportVerdict } from './report-blocks';
import type { ReportWords } from './report-words';
import { heatmapsBlock } from './risk-blocks';
import { riskTable } from './risk-table';
import { verdictTone } from './verdict-tones';

const verdictText = (verdict: Verdict, words: ReportWords): string => {
  const { t } = words;
  switch (verdict.code) {
    case 'highConcentration':
      return t('boardReport.summary.verdict.highConcentration', {
        domain: t(`dependencies.domain.${verdict.domain}`),
        hhi: words.integer(verdict.hhi),
      });
    case 'criticalExposure':
      return t('boardReport.summary.verdict.criticalExposure', {
        share: words.percent(verdict.share),
        exposed: words.integer(verdict.exposed),
        critical: words.integer(verdict.critical),
      });
    default:
      return t(`boardReport.summary.verdict.${verdict.code}`, { count: verdict.count });
  }
};

/** The verdicts worst first, each tagged with its tone; "clear" in green when there is none. */
const verdictItems = (summary: SummarySection, words: ReportWords): ReportVerdict[] => {
  const { t } = words;
  if (summary.verdicts.length === 0) {
    return [
      { tone: 'clear', label: t('boardReport.summary.tone.clear'), text: t('boardReport.summary.noVerdict') },
    ];
  }
  return summary.verdicts.map((verdict) => {
    const tone = verdictTone(verdict.severity);
    return {
      tone,
      label: t(`boardReport.summary.tone.${tone}`),
      text: verdictText(verdict, words),
      source: verdict.source,
    };
  });
};

/**
 * The executive summary, one page of the board pack: key figures each linked to its screen, the verdicts
 * worst first, the inherent and residual heatmaps side by side, the top five risks.
 */
export const summaryBlocks = (summary: SummarySection, words: ReportWords): ReportBlock[] => {
  const { t, integer, percent } = words;
  const figures = summary.keyFigures;
  const label = (key: string) => t(`boardReport.summary.figures.${key}`);
  const open = figures.openRisksByLevel;
  const highest = figures.highestConcentration.value;
  const topRisks: ReportTable = riskTable(summary.topRisks, t('boardReport.summary.topRisks'), words);
  return [
    {
      kind: 'figures',
      figures: [
        { label: label('vendors'), value: integer(figures.vendors.value), source: figures.vendors.source },
        {
          label: label('dependencies'),
          value: integer(figures.dependencies.value),
          source: figures.dependencies.source,
        },
        {
          label: label('criticalDependencies'),
          value: integer(figures.criticalDependencies.value),
          source: figures.criticalDependencies.source,
        },
        {
          label: label('criticalExposure'),
          value:
            figures.criticalExposure.value === null
              ? t('boardReport.summary.none')
              : percent(figures.criticalExposure.value),
          source: figures.criticalExposure.source,
        },
        {
          label: label('openRisks'),
          value: [open.critical, open.high, open.medium, open.low]
            .map((level) => integer(level.value))
            .join(' / '),
          source: open.critical.source,
        },
        {
          label: label('highestConcentration'),
          value: highest
            ? `${t(`dependencies.domain.${highest.domain}`)} — ${integer(highest.hhi)}`
            : t('boardReport.summary.none'),
          source: figures.highestConcentration.source,
        },
        {
          label: label('noticeDueSoon'),
          value: integer(figures.noticeDueSoon.value),
          source: figures.noticeDueSoon.source,
        },
        {
          label: label('noticeMissed'),
          value: integer(figures.noticeMissed.value),
          source: figures.noticeMissed.source,
        },
        {
          label: label('assessmentsApproved'),
          value: `${integer(figures.assessmentsApproved.value)} / ${integer(figures.assessments.value)}`,
          source: figures.assessmentsApproved.source,
        },
        { label: label('blockers'), value: integer(figures.blockers.value), source: figures.blockers.source },
      ],
    },
    { kind: 'heading', level: 2, text: t('boardReport.summary.verdicts'), id: 'summary-verdicts' },
    { kind: 'verdicts', verdicts: verdictItems(summary, words) },
    { kind: 'heading', level: 2, text: t('boardReport.summary.heatmaps'), id: 'summary-heatmaps' },
    heatmapsBlock(summary.heatmaps, words),
    { kind: 'heading', level: 2, text: topRisks.caption, id: 'summary-top-risks' },
    { kind: 'table', table: topRisks },
  ];
};
