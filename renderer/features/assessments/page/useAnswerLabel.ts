import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, ChecklistItem } from '@shared/domain';
import { useFormatDate } from '@renderer/ui/useFormatDate';

/** An answer as a reader sees it: "Partial", "3 / 4", a formatted date, the text, or "Not answered". */
export const useAnswerLabel = (): ((
  item: Pick<ChecklistItem, 'answerType'>,
  value: AnswerValue,
) => string) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return useCallback(
    (item, value) => {
      if (value === null || value === '') return t('assessments.answer.unanswered');
      if (value === 'na' || value === 'yes' || value === 'no' || value === 'partial')
        return t(`assessments.answer.${value}`);
      if (typeof value === 'number') return t('assessments.answer.maturity', { value });
      return item.answerType === 'date' ? formatDate(value) : value;
    },
    [t, formatDate],
  );
};
