import type { CoverSection } from '../index';
import type { ReportBlock } from './report-blocks';
import type { ReportWords } from './report-words';

/** The cover: title (or the default one), organisation, date, marking, period and who prepared and approved. */
export const coverBlock = (
  cover: CoverSection,
  words: ReportWords,
  logo: string | undefined,
): ReportBlock => {
  const { t } = words;
  const lines = [
    ...(cover.period
      ? [
          {
            label: t('boardReport.cover.period'),
            value: t('boardReport.cover.periodValue', {
              from: words.date(cover.period.from),
              to: words.date(cover.period.to),
            }),
          },
        ]
      : []),
    ...(cover.preparedBy ? [{ label: t('boardReport.cover.preparedBy'), value: cover.preparedBy }] : []),
    ...(cover.approvedBy ? [{ label: t('boardReport.cover.approvedBy'), value: cover.approvedBy }] : []),
  ];
  return {
    kind: 'cover',
    cover: {
      title: cover.title || t('boardReport.defaultTitle'),
      organisation: cover.organisation.name,
      date: words.date(cover.date),
      classification: t(`boardReport.classification.${cover.classification}`),
      lines,
      ...(logo ? { logo } : {}),
    },
  };
};
