import { addDays, addMonths } from '@shared/domain';

/** A month as YYYY-MM. */
export type Month = string;

export const monthOf = (date: string): Month => date.slice(0, 7);

/** The first and last day of `months` months starting with `month` (YYYY-MM-DD, both included). */
export const periodRange = (month: Month, months = 1): { from: string; to: string } => {
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, months), -1) };
};

export const shiftMonth = (month: Month, by: number): Month => monthOf(addMonths(`${month}-01`, by));

/**
 * The weeks of a month as a wall calendar shows them, Monday first (ISO 8601, as in the UK and France):
 * seven cells a week, null for the days of the neighbouring months.
 */
export const monthWeeks = (month: Month): (string | null)[][] => {
  const { from, to } = periodRange(month);
  // Date.UTC's day of the week: 0 Sunday … 6 Saturday; shifted so Monday is 0.
  const offset = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  const days = Number(to.slice(8, 10));
  const cells: (string | null)[] = [
    ...Array.from({ length: offset }, () => null),
    ...Array.from({ length: days }, (_, index) => addDays(from, index)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
};
