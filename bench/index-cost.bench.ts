import { createRequire } from 'node:module';
import { test } from '@playwright/test';
import { SCHEMA_V4 } from '../renderer/db/schema-v4';
import { SCHEMA_V5 } from '../renderer/db/schema-v5';
import { dexieWriteToFreshStore, median } from './in-page';
import { printFigures, record } from './report';
import { syntheticWorkspace } from './synthetic-workspace';

const require = createRequire(import.meta.url);
const dexieScript = require.resolve('dexie/dist/dexie.js');
const rounds = 3;

/** The secondary indexes of a store as Dexie declares them ("id, name, *tags" → name, *tags). */
const secondary = (schema: string): string[] =>
  schema
    .split(',')
    .slice(1)
    .map((index) => index.trim());

test.afterAll(() => printFigures());

/**
 * What each index of the vendors store costs a write: 10,000 vendors put in one transaction (strict
 * durability, as the app writes) into a fresh store with the primary key only, with the key and one index,
 * with every index of version 4 and with those of version 5. The configurations take turns, round after
 * round, so a change of load falls on all of them; each figure is the median of its rounds.
 */
test('write cost of each index: 10,000 vendors into a store with the indexes of version 4, of version 5, one by one', async ({
  page,
}) => {
  const vendors = syntheticWorkspace(10_000, 0, 7).vendors;
  const stores: Array<[string, string]> = [
    ['primary key only', 'id'],
    ...secondary(SCHEMA_V4.vendors).map((index): [string, string] => [`key + ${index}`, `id, ${index}`]),
    ['every index of version 4', SCHEMA_V4.vendors],
    ['the indexes of version 5', SCHEMA_V5.vendors],
  ];
  const times = new Map<string, number[]>(stores.map(([name]) => [name, []]));

  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.addScriptTag({ path: dexieScript });
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, indexes] of stores) {
      await test.step(`round ${round + 1}: ${name}`, async () => {
        times.get(name)?.push(await dexieWriteToFreshStore(page, indexes, vendors));
      });
    }
  }

  const of = (name: string) => median(times.get(name) ?? []);
  const keyOnly = of('primary key only');
  record({
    measure: `bulkPut of 10,000 vendors, primary key only (median of ${rounds})`,
    value: keyOnly,
    unit: 'ms',
  });
  for (const index of secondary(SCHEMA_V4.vendors))
    record({ measure: `  added by the index ${index}`, value: of(`key + ${index}`) - keyOnly, unit: 'ms' });
  const v4 = of('every index of version 4');
  const v5 = of('the indexes of version 5');
  record({
    measure: `bulkPut of 10,000 vendors, every index of version 4 (${SCHEMA_V4.vendors})`,
    value: v4,
    unit: 'ms',
  });
  record({
    measure: `bulkPut of 10,000 vendors, the indexes of version 5 (${SCHEMA_V5.vendors})`,
    value: v5,
    unit: 'ms',
  });
  record({ measure: 'Version 4 ÷ version 5', value: v4 / v5, unit: '×' });
});
