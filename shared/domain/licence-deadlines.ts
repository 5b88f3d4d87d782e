import { addDays, addMonths, daysFrom } from './calendar';
import type { Licence } from './licence';

/**
 * Notice deadlines and the timeline of licences (design §3). Dates are YYYY-MM-DD calendar days: the
 * arithmetic runs on UTC midnights so no time zone or daylight-saving change can shift a day.
 */

/** How far ahead a date counts as "due soon": today + 90 days is in, today + 91 is out. */
export const dueSoonDays = 90;

export const deadlineStatusValues = ['missed', 'expired', 'due-soon', 'ok', 'unknown'] as const;
export type DeadlineStatus = (typeof deadlineStatusValues)[number];

export type LicenceTerm = Pick<Licence, 'endDate' | 'noticeDays' | 'autoRenew'>;

export interface LicenceEvent {
  licenceId: string;
  kind: 'notice' | 'expiry';
  date: string;
}

/**
 * The last day to give notice: endDate − noticeDays (0 days → the end date itself), or null when either is
 * missing, since then there is no deadline anyone could compute.
 */
export const noticeDeadline = (licence: Pick<Licence, 'endDate' | 'noticeDays'>): string | null =>
  licence.endDate && licence.noticeDays !== undefined ? addDays(licence.endDate, -licence.noticeDays) : null;

/**
 * Where a licence stands on `today` (YYYY-MM-DD). A date that is today has not passed: notice can still be
 * given on the notice date, and the licence still runs on its end date.
 * - 'unknown': no end date, so there is nothing to watch.
 * - 'missed': it renews by itself and the last day to stop it — the notice date, or the end date when no
 *   notice period is recorded — has passed (it has renewed or will, whatever anyone does now).
 * - 'expired': it does not renew and its end date has passed.
 * - 'due-soon': the next date still ahead — the notice date if not yet passed, otherwise the end date —
 *   is at most 90 days away.
 * - 'ok': otherwise.
 */
export const deadlineStatus = (licence: LicenceTerm, today: string): DeadlineStatus => {
  if (!licence.endDate) return 'unknown';
  const notice = noticeDeadline(licence);
  const lastDayToAct = notice ?? licence.endDate;
  if (licence.autoRenew && lastDayToAct < today) return 'missed';
  if (!licence.autoRenew && licence.endDate < today) return 'expired';
  const next = notice && notice >= today ? notice : licence.endDate;
  return daysFrom(today, next) <= dueSoonDays ? 'due-soon' : 'ok';
};

const kindOrder: Record<LicenceEvent['kind'], number> = { notice: 0, expiry: 1 };

const byDateThenKind = (a: LicenceEvent, b: LicenceEvent): number =>
  a.date.localeCompare(b.date) ||
  kindOrder[a.kind] - kindOrder[b.kind] ||
  a.licenceId.localeCompare(b.licenceId);

/**
 * Notice deadlines and expiries from `today` to `today` + `months` (both ends included), in date order,
 * notices before expiries on the same day. A notice period of 0 days adds no notice event: its deadline is
 * the expiry already listed.
 */
export const licenceTimeline = (
  licences: readonly (LicenceTerm & Pick<Licence, 'id'>)[],
  today: string,
  months = 24,
): LicenceEvent[] => {
  const until = addMonths(today, months);
  const within = (date: string): boolean => date >= today && date <= until;
  const events: LicenceEvent[] = [];
  for (const licence of licences) {
    if (!licence.endDate) continue;
    const notice = noticeDeadline(licence);
    if (notice && notice !== licence.endDate && within(notice))
      events.push({ licenceId: licence.id, kind: 'notice', date: notice });
    if (within(licence.endDate))
      events.push({ licenceId: licence.id, kind: 'expiry', date: licence.endDate });
  }
  return events.sort(byDateThenKind);
};
