import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { dexieBulkPut, median, percentile, scrollFrames, timeKeystroke, timeUntil } from './in-page';
import { printFigures, record } from './report';
import { syntheticAuditLog } from './synthetic-audit-log';
import { syntheticWorkspace } from './synthetic-workspace';

const require = createRequire(import.meta.url);
const dexieScript = require.resolve('dexie/dist/dexie.js');
const eventCount = 200_000;
const { vendors, dependencies } = syntheticWorkspace(2_000, 10_000, 23);
const events = syntheticAuditLog(eventCount, vendors, dependencies);
const table = 'table[aria-label="Activity"]';
const firstRows = `!!document.querySelector('${table} tbody tr[aria-rowindex] td')`;
// The seeded events and the app's own (the reference list seeds itself with a few): more rows than seeded.
const wholeLog = `Number(document.querySelector('${table}')?.getAttribute('aria-rowcount')) > ${eventCount}`;

/** Opening the app straight on the Activity screen: ms from navigation start to the first rows, and to the whole log. */
const timeCold = async (page: Page): Promise<{ first: number; whole: number }> => {
  await page.goto('/#/activity');
  await page.reload();
  const mark = (name: string, condition: string) =>
    page.waitForFunction(`(${condition}) && ((window.${name} = performance.now()), true)`, null, {
      polling: 'raf',
      timeout: 300_000,
    });
  await mark('__firstAt', firstRows);
  await mark('__wholeAt', wholeLog);
  return page.evaluate(() => {
    const marks = window as unknown as { __firstAt: number; __wholeAt: number };
    return { first: marks.__firstAt, whole: marks.__wholeAt };
  });
};

/** Moving to the Activity screen from another one once the log has been read in this session. */
const timeWarm = async (page: Page): Promise<number> => {
  await page.evaluate(() => (location.hash = '#/settings'));
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  return timeUntil(page, `location.hash = '#/activity'`, `(${firstRows}) && (${wholeLog})`);
};

test.afterAll(() => printFigures());

test(`Activity of ${eventCount.toLocaleString('en')} audit events: first rows, scrolling, filter keystrokes, CSV export`, async ({
  page,
}) => {
  await test.step('seed the records and the audit log with Dexie', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.addScriptTag({ path: dexieScript });
    await dexieBulkPut(page, { vendors, dependencies });
    for (let start = 0; start < events.length; start += 20_000) {
      await dexieBulkPut(page, { auditLog: events.slice(start, start + 20_000) });
    }
  });

  await test.step('first rows and the whole log when the app opens on the screen', async () => {
    const runs = [];
    for (let run = 0; run < 3; run += 1) runs.push(await timeCold(page));
    record({
      measure: 'Activity (200,000 events): first rows when the app opens on it (median of 3)',
      value: median(runs.map(({ first }) => first)),
      unit: 'ms',
    });
    record({
      measure: 'Activity: whole log read when the app opens on it (median of 3)',
      value: median(runs.map(({ whole }) => whole)),
      unit: 'ms',
    });
  });

  await test.step('first rows on navigation, the log already read', async () => {
    const times = [];
    for (let run = 0; run < 5; run += 1) times.push(await timeWarm(page));
    record({
      measure: 'Activity: first rows on navigation (median of 5)',
      value: median(times),
      unit: 'ms',
      target: 300,
    });
  });

  await test.step('scrolling', async () => {
    for (const [step, how] of [
      [120, 'wheel steps of 120 px'],
      [1200, 'jumps of 1,200 px (dragging the scrollbar)'],
    ] as const) {
      const frames = await scrollFrames(page, '[role=region][aria-label="Activity"]', 120, step);
      record({
        measure: `Activity: scrolling by ${how}, 95th-percentile frame`,
        value: percentile(frames, 95),
        unit: 'ms',
      });
    }
  });

  await test.step('filter keystrokes in the search box', async () => {
    const keystrokes: number[] = [];
    for (const value of ['4', '47', '471', '47', '4', ''])
      keystrokes.push(await timeKeystroke(page, 'Activity', value));
    record({
      measure: 'Activity filter: keystroke to updated list (median of 6)',
      value: median(keystrokes),
      unit: 'ms',
      target: 50,
    });
    record({ measure: 'Activity filter: slowest keystroke', value: Math.max(...keystrokes), unit: 'ms' });
  });

  await test.step('export the 200,000 events as CSV', async () => {
    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    await expect(exportCsv).toBeEnabled();
    const t0 = Date.now();
    const download = page.waitForEvent('download', { timeout: 600_000 });
    await exportCsv.click();
    const file = await download;
    record({
      measure: 'Activity: CSV export of 200,000 events, click to download',
      value: Date.now() - t0,
      unit: 'ms',
    });
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
  });
});
