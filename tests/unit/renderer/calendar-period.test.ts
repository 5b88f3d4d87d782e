import { describe, expect, it } from 'vitest';
import { monthWeeks, periodRange, shiftMonth } from '@renderer/features/calendar/calendarPeriod';

describe('calendar periods', () => {
  it('run from the first of the month to the last day of the last month', () => {
    expect(periodRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodRange('2026-11', 3)).toEqual({ from: '2026-11-01', to: '2027-01-31' });
    expect(periodRange('2026-03', 12)).toEqual({ from: '2026-03-01', to: '2027-02-28' });
  });

  it('move a month at a time across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });
});

describe('monthWeeks', () => {
  it('lays out a month Monday first, padded with empty cells', () => {
    // 1 March 2026 is a Sunday: six empty cells before it; 31 March is a Tuesday.
    const weeks = monthWeeks('2026-03');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks[5]).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
  });

  it('needs only four rows for a February starting on a Monday', () => {
    // 1 February 2027 is a Monday and 2027 is not a leap year: exactly four weeks.
    const weeks = monthWeeks('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toBe('2027-02-01');
    expect(weeks[3]?.[6]).toBe('2027-02-28');
  });
});
