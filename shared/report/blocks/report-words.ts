import type { Translate } from '../../import/format';

/** The report's language, its translations and number and date formats, passed to every block builder. */
export interface ReportWords {
  t: Translate;
  integer: (value: number) => string;
  /** A number to one decimal place at most (a score, a weight, months). */
  decimal: (value: number) => string;
  /** A 0–1 share as a percentage. */
  percent: (value: number) => string;
  /** A YYYY-MM-DD date as the report's language writes it. */
  date: (value: string) => string;
  /** A month (YYYY-MM) as "Mar 2027". */
  month: (value: string) => string;
}

export const reportWords = (t: Translate, language: string): ReportWords => {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const utc = (value: string) => new Date(`${value}T00:00:00Z`);
  return {
    t,
    integer: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    percent: (value) => percent.format(value),
    date: (value) => (Number.isNaN(utc(value).getTime()) ? value : date.format(utc(value))),
    month: (value) => month.format(utc(`${value}-01`)),
  };
};
