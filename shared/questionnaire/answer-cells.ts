import type { CellValue } from 'exceljs';
import { yesNoValues, type AnswerValue, type YesNoValue } from '../domain/assessment';
import type { ChecklistItem } from '../domain/checklist';
import { isIsoDate } from '../domain/common';
import type { ImportProblem } from '../import/problems';
import { MAX_ANSWER_LENGTH } from './layout';

export type AnswerWords = Record<YesNoValue, string>;

/** A spreadsheet's drop-down list is comma-separated and quoted: its words cannot hold either character. */
export const dropDownWords = (words: AnswerWords): AnswerWords =>
  Object.fromEntries(
    yesNoValues.map((value) => [value, words[value].replace(/[,"]/g, ' ').trim() || value]),
  ) as AnswerWords;

export const maturityLevels = ['0', '1', '2', '3', '4'] as const;

/** The values a drop-down offers for an item; undefined for free text and dates. */
export const dropDownChoices = (item: ChecklistItem, words: AnswerWords): string[] | undefined => {
  if (item.answerType === 'yes-no') return yesNoValues.map((value) => words[value]);
  if (item.answerType === 'maturity') return [...maturityLevels, words.na];
  return undefined;
};

const isoDateToCell = (value: string): Date => new Date(`${value}T00:00:00Z`);

/** The current answer as the vendor sees it prefilled: a word, a level, the text or a date cell. */
export const answerToCell = (
  item: ChecklistItem,
  value: AnswerValue | undefined,
  words: AnswerWords,
): CellValue => {
  if (value === null || value === undefined) return null;
  if (value === 'na' && (item.answerType === 'yes-no' || item.answerType === 'maturity')) return words.na;
  if (item.answerType === 'yes-no' && typeof value === 'string' && value in words)
    return words[value as YesNoValue];
  if (item.answerType === 'date' && typeof value === 'string' && isIsoDate(value))
    return isoDateToCell(value);
  return value;
};

type ParsedAnswer = { value: AnswerValue } | Pick<ImportProblem, 'message' | 'params'>;

/**
 * The app's answer words in each language it speaks, the user's first (messages list those). A typed
 * answer matches a word of any of them, or the value itself ("na"), whatever its case.
 */
export type AppAnswerWords = readonly [AnswerWords, ...AnswerWords[]];

const wordFor = (
  cell: string,
  words: AppAnswerWords,
  allowed: readonly YesNoValue[],
): YesNoValue | undefined => {
  const typed = cell.toLowerCase();
  const spoken = words.map(dropDownWords);
  return allowed.find(
    (value) => value === typed || spoken.some((language) => language[value].toLowerCase() === typed),
  );
};

/** Reads an Answer cell (as text) for the item's type; an empty cell is no answer (null). */
export const parseAnswer = (item: ChecklistItem, cell: string, words: AppAnswerWords): ParsedAnswer => {
  const typed = item.answerType === 'text' ? cell : cell.trim();
  if (typed.trim() === '') return { value: null };
  const own = dropDownWords(words[0]);
  switch (item.answerType) {
    case 'yes-no': {
      const value = wordFor(typed, words, yesNoValues);
      return value
        ? { value }
        : {
            message: 'questionnaire.problems.yesNo',
            params: { allowed: yesNoValues.map((word) => own[word]).join(', ') },
          };
    }
    case 'maturity': {
      if ((maturityLevels as readonly string[]).includes(typed)) return { value: Number(typed) };
      if (wordFor(typed, words, ['na'])) return { value: 'na' };
      return { message: 'questionnaire.problems.maturity', params: { na: own.na } };
    }
    case 'date':
      return isIsoDate(typed) ? { value: typed } : { message: 'questionnaire.problems.date' };
    case 'text':
      return typed.length > MAX_ANSWER_LENGTH
        ? { message: 'questionnaire.problems.tooLong', params: { max: MAX_ANSWER_LENGTH } }
        : { value: typed };
  }
};
