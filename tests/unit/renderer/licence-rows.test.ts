import { describe, expect, it } from 'vitest';
import { licenceSchema, type Licence, type LicenceEvent } from '@shared/domain';
import {
  buildLicenceRows,
  deadlineOf,
  filterLicenceRows,
  groupEventsByMonth,
  rowsWithStatus,
} from '@renderer/features/licences/licenceRows';
import { toLicenceFormValues } from '@renderer/features/licences/licenceFormValues';
import {
  hasActiveLicenceFilters,
  noLicenceFilters,
  type LicenceFilterValues,
} from '@renderer/features/licences/useLicenceFilters';

const today = '2026-06-01';
const ericsson = crypto.randomUUID();
const vendorNames = new Map([[ericsson, 'Ericsson']]);

const stored = (title: string, extra: Partial<Licence> = {}): Licence =>
  licenceSchema.parse({
    id: crypto.randomUUID(),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title,
    type: 'commercial',
    ...extra,
  });

describe('licence register rows and filters', () => {
  const licences = [
    // Notice due 2026-07-01 (30 days ahead): due soon.
    stored('RAN software', { vendorId: ericsson, endDate: '2026-07-31', noticeDays: 30, autoRenew: true }),
    // Notice was due 2026-04-01 and it renews by itself: missed.
    stored('OSS support', { endDate: '2026-05-01', noticeDays: 30, autoRenew: true, notes: 'Réseau mobile' }),
    stored('Linux kernel', { type: 'open-source', spdxExpression: 'GPL-2.0-only' }),
    stored('Helm charts', {
      type: 'open-source',
      spdxExpression: 'Apache-2.0 OR MIT',
      endDate: '2030-01-01',
    }),
  ];
  const rows = buildLicenceRows(licences, vendorNames, today);
  const titles = (filters: Partial<LicenceFilterValues>) =>
    filterLicenceRows(rows, { ...noLicenceFilters, ...filters }).map((row) => row.licence.title);

  it('computes the vendor name, notice deadline, status and class of each row', () => {
    expect(rows.map((row) => row.vendorName)).toEqual(['Ericsson', '', '', '']);
    expect(rows.map((row) => row.noticeDeadline)).toEqual(['2026-07-01', '2026-04-01', null, null]);
    expect(rows.map((row) => row.status)).toEqual(['due-soon', 'missed', 'unknown', 'ok']);
    expect(rows.map((row) => row.licenceClass)).toEqual([null, null, 'strong-copyleft', 'permissive']);
  });

  it('searches every word, ignoring case and accents, across title, vendor and notes', () => {
    expect(titles({ search: 'ericsson ran' })).toEqual(['RAN software']);
    expect(titles({ search: 'reseau MOBILE' })).toEqual(['OSS support']);
  });

  it('filters by type, vendor, class and status, combining filters with "and"', () => {
    expect(titles({ types: ['open-source'] })).toEqual(['Linux kernel', 'Helm charts']);
    expect(titles({ vendorIds: [ericsson] })).toEqual(['RAN software']);
    expect(titles({ classes: ['strong-copyleft', 'network-copyleft'] })).toEqual(['Linux kernel']);
    expect(titles({ statuses: ['missed', 'due-soon'] })).toEqual(['RAN software', 'OSS support']);
    expect(titles({ types: ['open-source'], statuses: ['ok'] })).toEqual(['Helm charts']);
    expect(hasActiveLicenceFilters(noLicenceFilters)).toBe(false);
    expect(hasActiveLicenceFilters({ ...noLicenceFilters, classes: ['unknown'] })).toBe(true);
  });

  it('lists the licences of one status, the date to act on first', () => {
    const later = stored('Later', { endDate: '2026-08-20', noticeDays: 0 });
    const soon = buildLicenceRows([later, ...licences], vendorNames, today);
    expect(rowsWithStatus(soon, 'due-soon').map((row) => [row.licence.title, deadlineOf(row)])).toEqual([
      ['RAN software', '2026-07-01'],
      ['Later', '2026-08-20'],
    ]);
  });
});

describe('licence timeline by month', () => {
  it('groups events of the same month together, months in order', () => {
    const event = (date: string, kind: LicenceEvent['kind'] = 'notice'): LicenceEvent => ({
      licenceId: date,
      kind,
      date,
    });
    const months = groupEventsByMonth([
      event('2026-07-01'),
      event('2026-07-31', 'expiry'),
      event('2027-01-15'),
    ]);
    expect(months.map(({ month, events }) => [month, events.length])).toEqual([
      ['2026-07', 2],
      ['2027-01', 1],
    ]);
  });
});

describe('licence form values', () => {
  it('start with every clause unknown and the record the form was opened from', () => {
    const dependencyId = crypto.randomUUID();
    const values = toLicenceFormValues(undefined, { dependencyId });
    expect(values.dependencyIds).toEqual([dependencyId]);
    expect(Object.values(values.clauses ?? {})).toEqual(Array(10).fill('unknown'));
  });
});
