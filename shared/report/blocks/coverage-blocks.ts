import type { CoverageSection } from '../index';
import type { ReportBlock } from './report-blocks';
import type { ReportWords } from './report-words';

/** Per checklist: records assessed ÷ records of its kind, completion, score, blockers; then the blockers. */
export const coverageBlocks = (section: CoverageSection, words: ReportWords): ReportBlock[] => {
  const { t, integer, percent } = words;
  const share = (value: number | null) => (value === null ? '—' : percent(value));
  return [
    { kind: 'paragraph', text: t('boardReport.coverage.intro'), tone: 'note' },
    {
      kind: 'coverageChart',
      title: t('boardReport.coverage.chart'),
      columns: [
        t('boardReport.coverage.checklist'),
        t('boardReport.coverage.coverage'),
        t('boardReport.coverage.completion'),
      ],
      bars: section.checklists.map((checklist) => ({
        label: checklist.name,
        coverage: checklist.share ?? 0,
        completion: checklist.averageCompletion ?? 0,
      })),
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.coverage.table'),
        columns: [
          t('boardReport.coverage.checklist'),
          t('boardReport.coverage.assessed'),
          t('boardReport.coverage.inProgress'),
          t('boardReport.coverage.completion'),
          t('boardReport.coverage.score'),
          t('boardReport.coverage.blockers'),
        ],
        rows: section.checklists.map((checklist) => [
          { text: `${checklist.name} (${checklist.version})`, source: checklist.source },
          {
            text: `${t('boardReport.coverage.assessedValue', {
              assessed: integer(checklist.assessed),
              subjects: integer(checklist.subjects),
            })} (${share(checklist.share)})`,
            align: 'right',
          },
          { text: integer(checklist.inProgress), align: 'right' },
          { text: share(checklist.averageCompletion), align: 'right' },
          {
            text: checklist.averageScore === null ? '—' : percent(checklist.averageScore / 100),
            align: 'right',
          },
          {
            text: integer(checklist.blockers),
            align: 'right',
            ...(checklist.blockers > 0 ? { tone: 'high' as const } : {}),
          },
        ]),
        empty: t('boardReport.empty'),
      },
    },
    ...(section.blockers.length > 0
      ? [
          {
            kind: 'table' as const,
            table: {
              caption: t('boardReport.coverage.blockerTable'),
              columns: [t('boardReport.coverage.checklist'), t('boardReport.coverage.subject')],
              rows: section.blockers.map((blocker) => [
                { text: blocker.checklistName, source: blocker.source },
                { text: `${blocker.subjectName} (${t(`assessments.subjectType.${blocker.subjectType}`)})` },
              ]),
              empty: t('boardReport.empty'),
            },
          },
        ]
      : []),
    ...signedOffAloneBlocks(section, words),
  ];
};

/** Said only when it happened: which approvals had no second pair of eyes, and whose they were. */
const signedOffAloneBlocks = ({ signedOffAlone }: CoverageSection, { t, date, integer }: ReportWords) =>
  signedOffAlone.length === 0
    ? []
    : [
        {
          kind: 'paragraph' as const,
          text: t('boardReport.coverage.alone', { count: signedOffAlone.length }),
          tone: 'medium' as const,
        },
        {
          kind: 'table' as const,
          table: {
            caption: t('boardReport.coverage.aloneTable'),
            columns: [
              t('boardReport.coverage.checklist'),
              t('boardReport.coverage.subject'),
              t('boardReport.coverage.revision'),
              t('boardReport.coverage.approvedBy'),
              t('boardReport.coverage.approvedOn'),
              t('boardReport.coverage.aloneAs'),
            ],
            rows: signedOffAlone.map((entry) => [
              { text: entry.checklistName, source: entry.source },
              { text: `${entry.subjectName} (${t(`assessments.subjectType.${entry.subjectType}`)})` },
              { text: integer(entry.revision), align: 'right' as const },
              { text: entry.approvedBy },
              { text: entry.approvedAt ? date(entry.approvedAt.slice(0, 10)) : '—' },
              { text: t(`boardReport.coverage.aloneRole.${entry.selfApproval}`) },
            ]),
            empty: t('boardReport.empty'),
          },
        },
      ];
