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
  /** An ISO 3166 alpha-2 code as the country's name in the report's language (the code if unknown). */
  country: (code: string) => string;
  /** An amount, with its ISO 4217 currency when it has one. */
  amount: (value: number, currency?: string) => string;
}

export const reportWords = (t: Translate, language: string): ReportWords => {
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const utc = (value: string) => new Date(`${value}T00:00:00Z`);
  const regions = new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
  const twoDecimals = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const money = (value: number, currency: string) => {
    try {
      return new Intl.NumberFormat(language, { style: 'currency', currency }).format(value);
    } catch {
      // A code Intl does not know still reads as an amount and its code.
      return `${twoDecimals.format(value)} ${currency}`;
    }
  };
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return {
    t,
    integer: (value) => integer.format(value),
    decimal: (value) => decimal.format(value),
    percent: (value) => percent.format(value),
    date: (value) => (Number.isNaN(utc(value).getTime()) ? value : date.format(utc(value))),
    month: (value) => month.format(utc(`${value}-01`)),
    country,
    amount: (value, currency) => (currency ? money(value, currency) : twoDecimals.format(value)),
  };
};
