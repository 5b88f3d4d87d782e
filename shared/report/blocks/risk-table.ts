import type { ReportRisk } from '../index';
import type { ReportCell, ReportTable } from './report-blocks';
import type { ReportWords } from './report-words';

const tones = { critical: 'high', high: 'high', medium: 'medium', low: 'low' } as const;

/** Risks as a table: title (linked), category, status, inherent and residual score with level, owner. */
export const riskTable = (risks: readonly ReportRisk[], caption: string, words: ReportWords): ReportTable => {
  const { t } = words;
  const score = (value: number, level: ReportRisk['inherentLevel']): ReportCell => ({
    text: t('boardReport.appendix.score', { score: value, level: t(`risks.level.${level}`) }),
    tone: tones[level],
  });
  return {
    caption,
    columns: [
      t('boardReport.appendix.title'),
      t('boardReport.appendix.category'),
      t('boardReport.appendix.status'),
      t('boardReport.appendix.inherent'),
      t('boardReport.appendix.residual'),
      t('boardReport.appendix.owner'),
    ],
    rows: risks.map((risk) => [
      { text: risk.title, source: risk.source },
      { text: t(`risks.category.${risk.category}`) },
      { text: t(`risks.status.${risk.status}`) },
      score(risk.inherent, risk.inherentLevel),
      score(risk.residual, risk.residualLevel),
      { text: risk.owner ?? '—' },
    ]),
    empty: t('boardReport.empty'),
  };
};
