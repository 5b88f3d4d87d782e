import { yesNoValues, type AnswerValue } from './assessment';
import type { ChecklistItem } from './checklist';
import { isIsoDate } from './common';

/**
 * Whether a value is an answer of the item's type: yes / partial / no / na for yes-no, 0–4 or na for
 * maturity, any text for text, a YYYY-MM-DD date for date; null (not answered yet) fits every item.
 */
export const answerFitsItem = (item: Pick<ChecklistItem, 'answerType'>, value: AnswerValue): boolean => {
  if (value === null) return true;
  switch (item.answerType) {
    case 'yes-no':
      return typeof value === 'string' && (yesNoValues as readonly string[]).includes(value);
    case 'maturity':
      return value === 'na' || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4);
    case 'text':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
  }
};
