import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Checklist, ChecklistItem } from '@shared/domain';
import type { ProposedAnswer } from '@shared/questionnaire';

/** A proposed answer with its question and both answers put into words once, not on every render. */
export interface ProposalRow {
  proposal: ProposedAnswer;
  question: string;
  current: string;
  proposed: string;
}

/** An answer as the assessor reads it: yes / partial / no / n.a. in their language, levels and text as given. */
const useFormatAnswer = () => {
  const { t } = useTranslation();
  return useCallback(
    (item: ChecklistItem | undefined, value: AnswerValue | undefined): string => {
      if (value === null || value === undefined || value === '') return t('questionnaire.review.noAnswer');
      const choice = item?.answerType === 'yes-no' || item?.answerType === 'maturity';
      if (choice && (value === 'yes' || value === 'partial' || value === 'no' || value === 'na'))
        return t(`questionnaire.answers.${value}`);
      return String(value);
    },
    [t],
  );
};

export const useProposalRows = (
  proposals: readonly ProposedAnswer[],
  checklist: Checklist,
): ProposalRow[] => {
  const formatAnswer = useFormatAnswer();
  const items = useMemo(
    () => new Map(checklist.sections.flatMap((section) => section.items.map((item) => [item.id, item]))),
    [checklist],
  );
  return useMemo(
    () =>
      proposals.map((proposal) => {
        const item = items.get(proposal.itemId);
        return {
          proposal,
          question: item?.text ?? proposal.itemId,
          current: formatAnswer(item, proposal.current?.value),
          proposed: formatAnswer(item, proposal.value),
        };
      }),
    [proposals, items, formatAnswer],
  );
};
