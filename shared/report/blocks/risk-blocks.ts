import type { AppendixSection, HeatmapsSection, TreatmentSection } from '../index';
import type { ReportBlock } from './report-blocks';
import type { ReportWords } from './report-words';
import { riskTable } from './risk-table';

/** The inherent and residual heatmaps, side by side. */
export const heatmapsBlock = (section: HeatmapsSection, { t }: ReportWords): ReportBlock => ({
  kind: 'heatmaps',
  maps: [
    { title: t('boardReport.heatmaps.inherent'), heatmap: section.inherent },
    { title: t('boardReport.heatmaps.residual'), heatmap: section.residual },
  ],
  axes: { likelihood: t('boardReport.heatmaps.likelihood'), impact: t('boardReport.heatmaps.impact') },
});

export const heatmapBlocks = (section: HeatmapsSection, words: ReportWords): ReportBlock[] => [
  {
    kind: 'paragraph',
    text: words.t('boardReport.heatmaps.intro', { count: section.openCount }),
    tone: 'note',
  },
  heatmapsBlock(section, words),
];

export const treatmentBlocks = (section: TreatmentSection, words: ReportWords): ReportBlock[] => {
  const { t } = words;
  return [
    {
      kind: 'paragraph',
      text: t('boardReport.treatment.intro', { count: section.overdueCount }),
      tone: 'note',
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.treatment.table'),
        columns: [
          t('boardReport.treatment.action'),
          t('boardReport.treatment.risk'),
          t('boardReport.treatment.owner'),
          t('boardReport.treatment.due'),
          t('boardReport.treatment.status'),
        ],
        rows: section.actions.map((action) => [
          { text: action.title, source: action.source },
          { text: action.riskTitle, source: action.source },
          { text: action.owner ?? '—' },
          action.dueDate
            ? {
                text: action.overdue
                  ? `${words.date(action.dueDate)} (${t('boardReport.treatment.overdue')})`
                  : words.date(action.dueDate),
                ...(action.overdue ? { tone: 'high' as const } : {}),
              }
            : { text: '—' },
          { text: t(`risks.actionStatus.${action.status}`) },
        ]),
        empty: t('boardReport.empty'),
      },
    },
  ];
};

export const appendixBlocks = (section: AppendixSection, words: ReportWords): ReportBlock[] => [
  { kind: 'table', table: riskTable(section.risks, words.t('boardReport.appendix.table'), words) },
];
