import {
  deadlineStatus,
  licenceClass,
  noticeDeadline,
  type DeadlineStatus,
  type Licence,
  type LicenceClass,
  type LicenceEvent,
  type Vendor,
} from '@shared/domain';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import { foldText, matchesAny, searchWords } from '@renderer/ui/listFilters';
import type { LicenceFilterValues } from './useLicenceFilters';

/** A licence with what the register shows, filters and sorts on, computed once per change of the data. */
export interface LicenceRow {
  licence: Licence;
  /** The vendor's name; empty when the licence names no vendor. */
  vendorName: string;
  noticeDeadline: string | null;
  status: DeadlineStatus;
  /** The class of its SPDX expression; null when none is recorded. */
  licenceClass: LicenceClass | null;
  /** Title, vendor, standard, SPDX expression and notes, folded to lower case without accents. */
  searchText: string;
}

export const buildLicenceRows = (
  licences: readonly Licence[],
  vendorNames: ReadonlyMap<string, string>,
  today: string,
): LicenceRow[] =>
  licences.map((licence) => {
    const vendorName = licence.vendorId ? (vendorNames.get(licence.vendorId) ?? '') : '';
    const text = [licence.title, vendorName, licence.standard, licence.spdxExpression, licence.notes];
    return {
      licence,
      vendorName,
      noticeDeadline: noticeDeadline(licence),
      status: deadlineStatus(licence, today),
      licenceClass: licence.spdxExpression ? licenceClass(licence.spdxExpression) : null,
      searchText: foldText(text.filter(Boolean).join('\n')),
    };
  });

/** The rows of the current records, rebuilt only when the licences, the vendors or the day change. */
export const licenceRowsOf = memoizeLast(
  (licences: readonly Licence[], vendors: readonly Vendor[], today: string) =>
    buildLicenceRows(licences, new Map(vendors.map((vendor) => [vendor.id, vendor.name])), today),
);

/** Rows passing every active filter: within a filter any chosen value matches, filters combine with "and". */
export const filterLicenceRows = (
  rows: readonly LicenceRow[],
  filters: LicenceFilterValues,
): LicenceRow[] => {
  const words = searchWords(filters.search);
  return rows.filter(
    (row) =>
      words.every((word) => row.searchText.includes(word)) &&
      matchesAny(filters.types, [row.licence.type]) &&
      matchesAny(filters.vendorIds, row.licence.vendorId ? [row.licence.vendorId] : []) &&
      matchesAny(filters.classes, row.licenceClass ? [row.licenceClass] : []) &&
      matchesAny(filters.statuses, [row.status]),
  );
};

export interface TimelineMonth {
  /** YYYY-MM */
  month: string;
  events: LicenceEvent[];
}

/** Timeline events (already in date order) grouped by calendar month, months in order. */
export const groupEventsByMonth = (events: readonly LicenceEvent[]): TimelineMonth[] => {
  const months: TimelineMonth[] = [];
  for (const event of events) {
    const month = event.date.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.events.push(event);
    else months.push({ month, events: [event] });
  }
  return months;
};

/** The rows with a given deadline status, soonest notice deadline (or end date) first. */
export const rowsWithStatus = (rows: readonly LicenceRow[], status: DeadlineStatus): LicenceRow[] =>
  rows.filter((row) => row.status === status).sort((a, b) => deadlineOf(a).localeCompare(deadlineOf(b)));

/** The date that matters for a row: its notice deadline, or its end date when it has no notice period. */
export const deadlineOf = (row: LicenceRow): string => row.noticeDeadline ?? row.licence.endDate ?? '';
