/**
 * Calendar-day arithmetic on YYYY-MM-DD dates: computed on UTC midnights so no time zone or
 * daylight-saving change can shift a day.
 */
const dayMs = 86_400_000;

const toUtc = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
const fromUtc = (time: number): string => new Date(time).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * dayMs);
export const daysFrom = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / dayMs);

/** The same day n months later, or the month's last day when it is shorter (2026-01-31 + 1 → 2026-02-28). */
export const addMonths = (date: string, months: number): string => {
  const monthIndex = +date.slice(0, 4) * 12 + (+date.slice(5, 7) - 1) + months;
  const [year, month] = [Math.floor(monthIndex / 12), monthIndex % 12];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(+date.slice(8, 10), lastDay)));
};
