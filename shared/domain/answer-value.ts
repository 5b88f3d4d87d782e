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

/**
 * Whether an answer reveals a gap worth raising as a risk: "no" or "partial" on a yes-no item, and on a
 * maturity item a rating in the lower half of the scale (0–1), or the upper half (3–4) of a concern rating.
 */
export const isFindingAnswer = (
  item: Pick<ChecklistItem, 'answerType' | 'higherIsWorse'>,
  value: AnswerValue,
): boolean => {
  if (item.answerType === 'yes-no') return value === 'no' || value === 'partial';
  if (item.answerType !== 'maturity' || typeof value !== 'number') return false;
  return item.higherIsWorse ? value >= 3 : value <= 1;
};
