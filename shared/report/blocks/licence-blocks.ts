import { addMonths } from '../../domain';
import type { LicencesSection } from '../index';
import type { ReportBlock, TimelineMonth } from './report-blocks';
import type { ReportWords } from './report-words';

const statusTone = {
  missed: 'high',
  expired: 'high',
  'due-soon': 'medium',
  ok: 'low',
  unknown: undefined,
} as const;

/** Notices and expiries per month over the twelve months from `today`'s month. */
const timeline = (section: LicencesSection, today: string, words: ReportWords): TimelineMonth[] =>
  Array.from({ length: 12 }, (_, index) => {
    const month = addMonths(`${today.slice(0, 7)}-01`, index).slice(0, 7);
    return {
      label: words.month(month),
      notices: section.noticeDeadlines.filter((row) => row.deadline.startsWith(month)).length,
      expiries: section.noticeDeadlines.filter((row) => row.endDate.startsWith(month)).length,
    };
  });

/** Notice deadlines, missing protective clauses, copyleft obligations and SEP/FRAND terms. */
export const licenceBlocks = (section: LicencesSection, today: string, words: ReportWords): ReportBlock[] => {
  const { t, integer, date } = words;
  const heading = (key: string): ReportBlock => ({
    kind: 'heading',
    level: 2,
    text: t(`boardReport.licences.${key}`),
    id: `licences-${key}`,
  });
  const empty = t('boardReport.licences.empty');
  return [
    heading('deadlines'),
    {
      kind: 'timeline',
      title: t('boardReport.licences.timeline'),
      columns: [
        t('boardReport.licences.month'),
        t('boardReport.licences.notices'),
        t('boardReport.licences.expiries'),
      ],
      months: timeline(section, today, words),
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.licences.deadlines'),
        columns: [
          t('boardReport.licences.licence'),
          t('boardReport.licences.vendor'),
          t('boardReport.licences.deadline'),
          t('boardReport.licences.endDate'),
          t('boardReport.licences.autoRenew'),
          t('boardReport.licences.status'),
        ],
        rows: section.noticeDeadlines.map((row) => [
          { text: row.title, source: row.source },
          { text: row.vendorName ?? '—' },
          { text: date(row.deadline) },
          { text: date(row.endDate) },
          { text: t(row.autoRenew ? 'boardReport.sovereignty.yes' : 'boardReport.sovereignty.no') },
          { text: t(`licences.status.${row.status}`), tone: statusTone[row.status] },
        ]),
        empty,
      },
    },
    heading('missingClauses'),
    {
      kind: 'table',
      table: {
        caption: t('boardReport.licences.missingClauses'),
        columns: [
          t('boardReport.licences.licence'),
          t('boardReport.licences.vendor'),
          t('boardReport.licences.clauses'),
        ],
        rows: section.missingClauses.map((row) => [
          { text: row.title, source: row.source },
          { text: row.vendorName ?? '—' },
          { text: row.clauses.map((clause) => t(`licences.clause.${clause}`)).join(', ') },
        ]),
        empty,
      },
    },
    heading('copyleft'),
    {
      kind: 'table',
      table: {
        caption: t('boardReport.licences.copyleft'),
        columns: [
          t('boardReport.licences.licence'),
          t('boardReport.licences.expression'),
          t('boardReport.licences.class'),
        ],
        rows: section.copyleftLicences.map((row) => [
          { text: row.title, source: row.source },
          { text: row.spdxExpression },
          { text: t(`licences.licenceClass.${row.licenceClass}`) },
        ]),
        empty,
      },
    },
    {
      kind: 'table',
      table: {
        caption: t('boardReport.licences.sbomCopyleft'),
        columns: [
          t('boardReport.licences.dependency'),
          t('boardReport.licences.components'),
          t('boardReport.licences.copyleftComponents'),
          t('boardReport.licences.strongComponents'),
        ],
        rows: section.sbomCopyleft.map((row) => [
          { text: row.name, source: row.source },
          { text: integer(row.components), align: 'right' },
          { text: integer(row.copyleft), align: 'right' },
          {
            text: integer(row.strongOrNetwork),
            align: 'right',
            ...(row.strongOrNetwork > 0 ? { tone: 'medium' as const } : {}),
          },
        ]),
        empty,
      },
    },
    heading('sep'),
    {
      kind: 'table',
      table: {
        caption: t('boardReport.licences.sep'),
        columns: [
          t('boardReport.licences.licence'),
          t('boardReport.licences.vendor'),
          t('boardReport.licences.standard'),
          t('boardReport.licences.frand'),
          t('boardReport.licences.royaltyBasis'),
          t('boardReport.licences.annualCost'),
          t('boardReport.licences.fieldOfUse'),
        ],
        rows: section.sepTerms.map((row) => [
          { text: row.title, source: row.source },
          { text: row.vendorName ?? '—' },
          { text: row.standard ?? '—' },
          {
            text:
              row.frand === undefined
                ? '—'
                : t(row.frand ? 'boardReport.sovereignty.yes' : 'boardReport.sovereignty.no'),
          },
          { text: row.royaltyBasis ? t(`licences.royaltyBasis.${row.royaltyBasis}`) : '—' },
          {
            text:
              row.annualCost === undefined ? '—' : `${integer(row.annualCost)} ${row.currency ?? ''}`.trim(),
            align: 'right',
          },
          { text: row.fieldOfUse ?? '—' },
        ]),
        empty,
      },
    },
  ];
};
