import { describe, expect, it } from 'vitest';
import { deadlineStatus, licenceTimeline, noticeDeadline } from '@shared/domain';

describe('noticeDeadline', () => {
  it.each([
    ['2026-06-30', 30, '2026-05-31'],
    ['2026-01-15', 20, '2025-12-26'],
    ['2026-03-01', 1, '2026-02-28'],
    ['2027-03-01', 1, '2027-02-28'],
    ['2028-03-01', 1, '2028-02-29'],
    ['2028-03-01', 366, '2027-03-01'],
    ['2026-12-31', 365, '2025-12-31'],
  ])(
    'puts the notice date of a licence ending %s with %i days of notice on %s',
    (endDate, noticeDays, date) => {
      expect(noticeDeadline({ endDate, noticeDays })).toBe(date);
    },
  );

  it('is the end date itself when no notice is required', () => {
    expect(noticeDeadline({ endDate: '2026-09-30', noticeDays: 0 })).toBe('2026-09-30');
  });

  it('is unknown without an end date or a notice period', () => {
    expect(noticeDeadline({ noticeDays: 90 })).toBeNull();
    expect(noticeDeadline({ endDate: '2026-09-30' })).toBeNull();
    expect(noticeDeadline({})).toBeNull();
  });
});

describe('deadlineStatus', () => {
  const today = '2026-01-10';

  it('is unknown without an end date', () => {
    expect(deadlineStatus({ noticeDays: 90, autoRenew: true }, today)).toBe('unknown');
  });

  it('marks an auto-renewing licence whose notice date has passed as missed, even before it ends', () => {
    const licence = { endDate: '2026-03-31', noticeDays: 90, autoRenew: true };
    expect(noticeDeadline(licence)).toBe('2025-12-31');
    expect(deadlineStatus(licence, today)).toBe('missed');
  });

  it('leaves the notice date itself open: notice can still be given that day', () => {
    const licence = { endDate: '2026-04-10', noticeDays: 90, autoRenew: true };
    expect(noticeDeadline(licence)).toBe(today);
    expect(deadlineStatus(licence, today)).toBe('due-soon');
    expect(deadlineStatus(licence, '2026-01-11')).toBe('missed');
  });

  it('marks an auto-renewing licence without a notice period as missed once its end date has passed', () => {
    expect(deadlineStatus({ endDate: '2026-01-09', autoRenew: true }, today)).toBe('missed');
    expect(deadlineStatus({ endDate: today, autoRenew: true }, today)).toBe('due-soon');
  });

  it('marks a licence that does not renew as expired after its end date, not missed', () => {
    expect(deadlineStatus({ endDate: '2026-01-09', noticeDays: 30, autoRenew: false }, today)).toBe(
      'expired',
    );
    expect(deadlineStatus({ endDate: today, noticeDays: 30, autoRenew: false }, today)).toBe('due-soon');
  });

  it('counts a notice date 90 days away as due soon and 91 days away as not', () => {
    // 2026-01-10 + 90 days = 2026-04-10; with 30 days of notice the licence ends on 2026-05-10.
    expect(deadlineStatus({ endDate: '2026-05-10', noticeDays: 30, autoRenew: true }, today)).toBe(
      'due-soon',
    );
    expect(deadlineStatus({ endDate: '2026-05-11', noticeDays: 30, autoRenew: true }, today)).toBe('ok');
  });

  it('watches the end date when no notice period is recorded', () => {
    expect(deadlineStatus({ endDate: '2026-04-10', autoRenew: false }, today)).toBe('due-soon');
    expect(deadlineStatus({ endDate: '2026-04-11', autoRenew: false }, today)).toBe('ok');
  });

  it('watches the end date of a licence that does not renew once its notice date has passed', () => {
    const licence = { endDate: '2026-06-30', noticeDays: 180, autoRenew: false };
    expect(deadlineStatus(licence, today)).toBe('ok');
    expect(deadlineStatus(licence, '2026-04-01')).toBe('due-soon');
  });

  it('counts days across a leap day', () => {
    // 2028-01-01 + 90 days = 2028-03-31 (29 days in February 2028), + 91 = 2028-04-01.
    expect(deadlineStatus({ endDate: '2028-03-31', noticeDays: 0, autoRenew: true }, '2028-01-01')).toBe(
      'due-soon',
    );
    expect(deadlineStatus({ endDate: '2028-04-01', noticeDays: 0, autoRenew: true }, '2028-01-01')).toBe(
      'ok',
    );
  });
});

describe('licenceTimeline', () => {
  const today = '2026-01-10';

  it('lists notice dates and expiries in date order, notices first on the same day', () => {
    const events = licenceTimeline(
      [
        { id: 'c', endDate: '2027-06-30', noticeDays: 180, autoRenew: true },
        { id: 'a', endDate: '2026-03-31', noticeDays: 30, autoRenew: false },
        { id: 'b', endDate: '2027-01-01', autoRenew: false },
      ],
      today,
    );
    expect(events).toEqual([
      { licenceId: 'a', kind: 'notice', date: '2026-03-01' },
      { licenceId: 'a', kind: 'expiry', date: '2026-03-31' },
      { licenceId: 'c', kind: 'notice', date: '2027-01-01' },
      { licenceId: 'b', kind: 'expiry', date: '2027-01-01' },
      { licenceId: 'c', kind: 'expiry', date: '2027-06-30' },
    ]);
  });

  it('keeps only the events from today to 24 months ahead, both days included', () => {
    const events = licenceTimeline(
      [
        { id: 'past', endDate: '2026-01-09', autoRenew: false },
        { id: 'today', endDate: today, autoRenew: false },
        { id: 'last-day', endDate: '2028-01-10', noticeDays: 731, autoRenew: true },
        { id: 'too-late', endDate: '2028-01-11', autoRenew: false },
        { id: 'undated', autoRenew: true },
      ],
      today,
    );
    expect(events).toEqual([
      { licenceId: 'today', kind: 'expiry', date: today },
      { licenceId: 'last-day', kind: 'expiry', date: '2028-01-10' },
    ]);
  });

  it('ends the window on the last day of a shorter month', () => {
    const licences = [
      { id: 'feb-28', endDate: '2026-02-28', autoRenew: false },
      { id: 'mar-01', endDate: '2026-03-01', autoRenew: false },
    ];
    expect(licenceTimeline(licences, '2026-01-31', 1).map((event) => event.licenceId)).toEqual(['feb-28']);
    expect(licenceTimeline(licences, '2025-12-31', 2).map((event) => event.licenceId)).toEqual(['feb-28']);
  });

  it('adds no separate notice event when no notice is required', () => {
    expect(
      licenceTimeline([{ id: 'x', endDate: '2026-05-01', noticeDays: 0, autoRenew: true }], today),
    ).toEqual([{ licenceId: 'x', kind: 'expiry', date: '2026-05-01' }]);
  });
});
