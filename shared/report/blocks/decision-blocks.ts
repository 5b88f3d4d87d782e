import { decisionCriteria, type DecisionCriterion, type LicenceStanding } from '../../domain';
import type { DecisionsSection, ReportDecision, ReportDecisionOption } from '../index';
import type { ReportBlock, ReportCell, ReportTable } from './report-blocks';
import type { ReportWords } from './report-words';

/** How each criterion's raw value is written: money and HHI whole, the rest to a decimal. */
const criterionCell = (
  criterion: DecisionCriterion,
  option: ReportDecisionOption,
  words: ReportWords,
): ReportCell => {
  const value = option.values[criterion];
  switch (criterion) {
    case 'cost':
    case 'concentration':
      return { text: words.integer(value), align: 'right' };
    case 'licence':
      return { text: licenceWord(option.licence, words) };
    default:
      return { text: words.decimal(value), align: 'right' };
  }
};

const licenceWord = (standing: LicenceStanding, { t }: ReportWords): string =>
  standing === 'none'
    ? t('boardReport.decisions.licenceNone')
    : t(`licences.licenceClass.${standing ?? 'unknown'}`);

const optionName = (decision: ReportDecision, optionId: string): string =>
  decision.options.find((option) => option.optionId === optionId)?.title ?? '';

const statusCell = (decision: ReportDecision, { t }: ReportWords): ReportCell => ({
  text: decision.overdue
    ? t('boardReport.decisions.overdueStatus', {
        status: t(`boardReport.decisions.status.${decision.status}`),
      })
    : t(`boardReport.decisions.status.${decision.status}`),
  ...(decision.overdue && { tone: 'high' as const }),
});

/** The open and decided questions, one row each, with the option recommended. */
const questionsTable = (decisions: readonly ReportDecision[], words: ReportWords): ReportTable => {
  const { t, date } = words;
  return {
    caption: t('boardReport.decisions.questions'),
    columns: [
      t('boardReport.decisions.question'),
      t('boardReport.decisions.owner'),
      t('boardReport.decisions.due'),
      t('boardReport.decisions.statusColumn'),
      t('boardReport.decisions.recommendation'),
    ],
    rows: decisions.map((decision) => [
      { text: decision.question, source: decision.source },
      { text: decision.owner },
      { text: decision.dueDate ? date(decision.dueDate) : '—' },
      statusCell(decision, words),
      { text: optionName(decision, decision.recommendation.optionId) },
    ]),
    empty: t('boardReport.empty'),
  };
};

/** Options × criteria, best-ranked first: each criterion's value after the option, the score and rank. */
const comparisonTable = (decision: ReportDecision, words: ReportWords): ReportTable => {
  const { t, integer, decimal } = words;
  const ranked = [...decision.options].sort((a, b) => a.rank - b.rank);
  return {
    caption: t('boardReport.decisions.comparison'),
    columns: [
      t('boardReport.decisions.rank'),
      t('boardReport.decisions.option'),
      ...decisionCriteria.map((criterion) =>
        t('boardReport.decisions.weighted', {
          criterion: t(`boardReport.decisions.criterion.${criterion}`),
          weight: decimal(decision.weights[criterion]),
        }),
      ),
      t('boardReport.decisions.score'),
    ],
    rows: ranked.map((option) => [
      { text: integer(option.rank), align: 'right' },
      {
        text: t(option.chosen ? 'boardReport.decisions.chosenOption' : 'boardReport.decisions.optionName', {
          title: option.title,
          kind: t(`boardReport.decisions.kind.${option.kind}`),
        }),
        ...(option.chosen && { tone: 'low' as const }),
      },
      ...decisionCriteria.map((criterion) => criterionCell(criterion, option, words)),
      { text: decimal(option.weightedScore), align: 'right' },
    ]),
    empty: t('boardReport.empty'),
  };
};

const recommendationText = (decision: ReportDecision, words: ReportWords): string => {
  const { t, date, decimal } = words;
  const { recommendation } = decision;
  const option = optionName(decision, recommendation.optionId);
  const rationale = recommendation.rationale
    ? ` ${t('boardReport.decisions.rationale', { rationale: recommendation.rationale })}`
    : '';
  switch (recommendation.basis) {
    case 'approved':
      return (
        t('boardReport.decisions.approved', {
          option,
          approver: decision.approvedBy ?? '—',
          date: decision.approvedAt ? date(decision.approvedAt.slice(0, 10)) : '—',
        }) +
        (decision.selfApproval
          ? ` ${t('boardReport.decisions.alone', { role: t(`boardReport.decisions.aloneRole.${decision.selfApproval}`) })}`
          : '') +
        rationale
      );
    case 'proposed':
      return (
        t('boardReport.decisions.proposed', {
          option,
          status: t(`boardReport.decisions.status.${decision.status}`),
        }) + rationale
      );
    case 'top-ranked': {
      const score = decision.options.find((entry) => entry.optionId === recommendation.optionId);
      return t('boardReport.decisions.topRanked', {
        option,
        score: decimal(score?.weightedScore ?? 0),
      });
    }
  }
};

const sensitivityText = (decision: ReportDecision, { t, decimal }: ReportWords): string => {
  const change = decision.sensitivity;
  if (!change) return t('boardReport.decisions.robust');
  return t(
    change.toWeight > change.fromWeight
      ? 'boardReport.decisions.sensitivityUp'
      : 'boardReport.decisions.sensitivityDown',
    {
      criterion: t(`boardReport.decisions.criterion.${change.criterion}`),
      from: decimal(change.fromWeight),
      to: decimal(change.toWeight),
      option: optionName(decision, change.newWinnerId),
    },
  );
};

const decisionBlocks = (decision: ReportDecision, words: ReportWords): ReportBlock[] => {
  const { t } = words;
  return [
    { kind: 'heading', level: 2, text: decision.question, id: `decision-${decision.decisionId}` },
    {
      kind: 'paragraph',
      text: t('boardReport.decisions.costBasis', { count: decision.costHorizonYears }),
      tone: 'note',
    },
    { kind: 'table', table: comparisonTable(decision, words) },
    {
      kind: 'whatIfChart',
      title: t('boardReport.decisions.chart'),
      axis: t('boardReport.concentration.hhi'),
      columns: [
        t('boardReport.concentration.domain'),
        t('boardReport.decisions.today'),
        ...decision.options.map((option) => option.title),
      ],
      domains: decision.concentration.map((entry) => ({
        domain: entry.domain,
        label: t(`dependencies.domain.${entry.domain}`),
        values: [entry.today, ...entry.options],
      })),
    },
    {
      kind: 'paragraph',
      text: recommendationText(decision, words),
      ...(decision.recommendation.basis === 'approved' ? {} : { tone: 'medium' as const }),
    },
    { kind: 'paragraph', text: sensitivityText(decision, words), tone: 'note' },
  ];
};

/**
 * The questions first (open, then decided), then each decision: its comparison table, the what-if
 * concentration chart, the recommendation and how robust the ranking is. Without a decision, one line.
 */
export const decisionsBlocks = (section: DecisionsSection, words: ReportWords): ReportBlock[] => {
  const { t } = words;
  const decisions = [...section.open, ...section.decided];
  if (decisions.length === 0)
    return [{ kind: 'paragraph', text: t('boardReport.decisions.none'), tone: 'note' }];
  return [
    { kind: 'paragraph', text: t('boardReport.decisions.intro'), tone: 'note' },
    { kind: 'table', table: questionsTable(decisions, words) },
    ...decisions.flatMap((decision) => decisionBlocks(decision, words)),
  ];
};
