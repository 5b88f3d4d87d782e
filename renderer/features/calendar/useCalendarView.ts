import { create } from 'zustand';
import { calendarEntryKindValues, type CalendarEntryKind } from '@shared/domain';
import type { Month } from './calendarPeriod';

export type CalendarViewMode = 'month' | 'list';
export const calendarPeriodValues = [1, 3, 6, 12] as const;
export type CalendarPeriod = (typeof calendarPeriodValues)[number];

interface CalendarViewState {
  view: CalendarViewMode;
  /** The month shown (YYYY-MM); undefined follows today. */
  month: Month | undefined;
  /** How many months the list shows from that month. */
  period: CalendarPeriod;
  /** The kinds shown: every kind at first. */
  kinds: CalendarEntryKind[];
  setFilters: (patch: Partial<Pick<CalendarViewState, 'view' | 'month' | 'period' | 'kinds'>>) => void;
}

/** What the calendar shows, kept while the user opens an entry and comes back. UI state only. */
export const useCalendarView = create<CalendarViewState>()((set) => ({
  view: 'month',
  month: undefined,
  period: 1,
  kinds: [...calendarEntryKindValues],
  setFilters: (patch) => set(patch),
}));
