import { describe, expect, it } from 'vitest';
import { auditActionValues } from '@shared/domain';
import type { ActivityRow } from '@renderer/data/activity-log';
import {
  buildActivityIndex,
  createActivityMatcher,
  filterActivityIndex,
  narrows,
} from '@renderer/features/activity/activityRows';
import { noActivityFilters } from '@renderer/features/activity/useActivityFilters';
import type { ActivityFilterValues } from '@renderer/features/activity/useActivityFilters';
import { SeededRandom } from '../fuzz/seeded-random';

const actors = ['Ana Moreau', 'Ben Leroy', 'Chloé Martin', 'ÉLODIE Roux', 'system', ''];
const tables = ['vendors', 'dependencies', 'licences', 'risks', 'settings', 'sbomComponents'];
const names = [
  'Acme Networks',
  'Société Générale',
  'Core routers',
  'Huawei RAN',
  'Œuvre 4G',
  'ZTE',
  'Nokia 47',
];
const start = new Date(2026, 1, 20).getTime();
const DAY = 86_400_000;

/** A log of events over some six weeks (a change of daylight saving time inside), newest first. */
const generatedLog = (random: SeededRandom, count: number): ActivityRow[] =>
  Array.from({ length: count }, (_, position): ActivityRow => {
    // Some events at a local midnight or just before it, where a day's bounds are easiest to get wrong.
    const midnightOf = new Date(start + random.below(42 * DAY)).setHours(0, 0, 0, 0);
    const time = random.chance(0.2) ? midnightOf - random.pick([0, 0, 1]) : start + random.below(42 * DAY);
    const recordId = `r-${random.below(60)}`;
    const action = random.pick(auditActionValues);
    return {
      id: `e-${position}`,
      at: new Date(time).toISOString(),
      time,
      actor: random.pick(actors),
      table: random.pick(tables),
      recordId,
      action,
      name: random.chance(0.3) ? random.pick(names) : undefined,
      imported: random.chance(0.1),
      recordCount: action === 'import' ? 1 + random.below(20) : undefined,
    };
  }).sort((a, b) => b.time - a.time);

/** A record's name as the screen gives it: some ids have a current name, others only what the event held. */
const recordName = (row: ActivityRow): string => {
  const number = Number(row.recordId.slice(2));
  return number % 3 === 0 ? (names[number % names.length] ?? '') : (row.name ?? row.recordId);
};

/** A local day, YYYY-MM-DD. */
const day = (time: number): string => {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** What a user may type in the search box: pieces of names and people, in other cases, with or without accents. */
const searchOf = (random: SeededRandom): string => {
  const words = Array.from({ length: random.below(3) }, () => {
    const source = random.pick([...names, ...actors]).split(' ')[0] ?? '';
    const from = random.below(Math.max(source.length, 1));
    const piece = source.slice(from, from + 1 + random.below(4));
    const cased = random.chance(0.5) ? piece.toUpperCase() : piece.toLowerCase();
    return random.chance(0.3) ? cased.normalize('NFD').replace(/\p{M}/gu, '') : cased;
  });
  return random.pick(['', ' ', '  ']) + words.join(random.pick([' ', '  ']));
};

const someOf = <T>(random: SeededRandom, values: readonly T[]): T[] =>
  random.chance(0.5) ? [] : values.filter(() => random.chance(0.4));

const filtersOf = (random: SeededRandom): ActivityFilterValues => {
  const dayOf = () =>
    random.pick(['', '', '2026-03-', day(start + random.below(44 * DAY) - DAY), day(start + 30 * DAY)]);
  return {
    search: random.chance(0.6) ? searchOf(random) : '',
    actors: someOf(random, actors),
    tables: someOf(random, tables),
    actions: someOf(random, auditActionValues),
    from: dayOf(),
    to: dayOf(),
  };
};

// The straightforward filter, written from what the screen promises rather than from the index.
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
const midnight = (date: string, days = 0): number => {
  const at = new Date(`${date}T00:00:00`);
  at.setDate(at.getDate() + days);
  return at.getTime();
};
const texts = new Map<ActivityRow, string>();
const straightforward = (rows: readonly ActivityRow[], filters: ActivityFilterValues): ActivityRow[] =>
  rows.filter((row) => {
    let text = texts.get(row);
    if (text === undefined) {
      text = `${fold(row.actor)} ${fold(recordName(row))}`;
      texts.set(row, text);
    }
    const words = fold(filters.search).split(/\s+/).filter(Boolean);
    return (
      (!isDay(filters.from) || row.time >= midnight(filters.from)) &&
      (!isDay(filters.to) || row.time < midnight(filters.to, 1)) &&
      (filters.actors.length === 0 || filters.actors.includes(row.actor)) &&
      (filters.tables.length === 0 || filters.tables.includes(row.table)) &&
      (filters.actions.length === 0 || filters.actions.includes(row.action)) &&
      words.every((word) => text.includes(word))
    );
  });

describe('the Activity index', () => {
  it('lets through exactly the events a straightforward filter does, for 300 random filters', () => {
    const random = new SeededRandom(15);
    const log = generatedLog(random, 2_000);
    const index = buildActivityIndex(log, recordName);
    let nonEmpty = 0;
    for (let run = 0; run < 300; run += 1) {
      const filters = filtersOf(random);
      const expected = straightforward(log, filters).map(({ id }) => id);
      expect(
        filterActivityIndex(index, filters).map(({ id }) => id),
        JSON.stringify(filters),
      ).toEqual(expected);
      if (expected.length > 0 && expected.length < log.length) nonEmpty += 1;
    }
    // The comparison means something only if many filters keep some events and drop others.
    expect(nonEmpty).toBeGreaterThan(80);
  });

  it('gives the same events when the log is out of time order (an event merged with a clock ahead)', () => {
    const random = new SeededRandom(47);
    const log = generatedLog(random, 1_000);
    const [first, ...others] = log;
    const shuffled = first ? [...others.slice(0, 500), first, ...others.slice(500)] : log;
    const index = buildActivityIndex(shuffled, recordName);
    expect(index.newestFirst).toBe(false);
    for (let run = 0; run < 200; run += 1) {
      const filters = filtersOf(random);
      expect(filterActivityIndex(index, filters).map(({ id }) => id)).toEqual(
        straightforward(shuffled, filters).map(({ id }) => id),
      );
    }
  });

  it('names each record once however many events name it, and reads no record name on a keystroke', () => {
    const random = new SeededRandom(471);
    const log = generatedLog(random, 2_000);
    let calls = 0;
    const index = buildActivityIndex(log, (row) => {
      calls += 1;
      return recordName(row);
    });
    expect(calls).toBe(log.length);
    expect(index.names.values.length).toBeLessThan(100);
    for (const search of ['a', 'ac', 'acm', 'ac', 'a', ''])
      filterActivityIndex(index, { ...filtersOf(random), search });
    expect(calls).toBe(log.length);
  });

  it('gives, keystroke after keystroke, what a straightforward filter does, typing on and rubbing out', () => {
    const random = new SeededRandom(2026);
    const log = generatedLog(random, 2_000);
    const index = buildActivityIndex(log, recordName);
    const match = createActivityMatcher(index);
    let filters = filtersOf(random);
    let narrowed = 0;
    for (let keystroke = 0; keystroke < 400; keystroke += 1) {
      const before = filters;
      const typed = searchOf(random).trim().slice(0, 1);
      // Mostly typing or rubbing out a character; now and then another filter changes.
      filters = random.chance(0.1)
        ? { ...filtersOf(random), search: filters.search }
        : {
            ...filters,
            search: random.chance(0.6) ? filters.search + (typed || ' ') : filters.search.slice(0, -1),
          };
      if (narrows(before, filters)) narrowed += 1;
      expect(
        match(filters).map(({ id }) => id),
        JSON.stringify(filters),
      ).toEqual(straightforward(log, filters).map(({ id }) => id));
    }
    // The shortcut (looking only at the last matches) was taken often, and checked each time.
    expect(narrowed).toBeGreaterThan(150);
  });
});

describe('narrows', () => {
  const searching = (search: string, more: Partial<ActivityFilterValues> = {}): ActivityFilterValues => ({
    ...noActivityFilters,
    search,
    ...more,
  });

  it('holds when the user types on: every earlier word is inside a word of the search now', () => {
    expect(narrows(searching('4'), searching('47'))).toBe(true);
    expect(narrows(searching('acme'), searching('nokia ACME'))).toBe(true);
    expect(narrows(searching(''), searching('ben'))).toBe(true);
  });

  it('fails when the search is rubbed out or another filter changes, so every event is looked at again', () => {
    expect(narrows(searching('47'), searching('4'))).toBe(false);
    expect(narrows(searching('acme nokia'), searching('acme'))).toBe(false);
    expect(narrows(searching('4'), searching('47', { actors: ['Ben Leroy'] }))).toBe(false);
    expect(narrows(searching('4', { to: '2026-03-01' }), searching('47'))).toBe(false);
  });
});
