import { mkdtempSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Page } from '@playwright/test';
import { bareWrite, stageRows, type BareWriteOptions } from './in-page';
import { printFigures, record } from './report';
import { restoreThroughSettings } from './restore-through-settings';
import { syntheticRisks, syntheticWorkspace } from './synthetic-workspace';

const require = createRequire(import.meta.url);
const dexieScript = require.resolve('dexie/dist/dexie.js');
const workspace = syntheticWorkspace(10_000, 50_000);
const tables = { ...workspace, risks: syntheticRisks(20_000, workspace.vendors) };
const workDir = mkdtempSync(join(tmpdir(), 'bench-restore-'));

/** Until the page has had an idle moment: the app's live queries re-read what a write changed. */
const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 60_000 })),
  );

test.afterAll(() => printFigures());

/**
 * Where a restore's time goes beside a bare write of the same records: the restore through the screen,
 * then bare clear-and-writes of the same rows into the app's database, one difference at a time — Dexie's
 * default durability and one bulkPut per table (the baseline of the README), the app's strict durability,
 * then steps of 2,000 rows added as the restore writes them. What is left between the last and the restore
 * is the app's own: its Dexie instance (live queries, their re-reads), the progress shown, the audit event.
 */
test('restore of 10,000 vendors, 50,000 dependencies and 20,000 risks, against bare writes of the same records', async ({
  page,
}) => {
  test.setTimeout(40 * 60_000);
  let backupFile = '';
  let restoreWrite = 0;

  await test.step('seed with Dexie, then back up through Settings', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.addScriptTag({ path: dexieScript });
    await stageRows(page, tables);
    await bareWrite(page);
    await page.goto('/#/settings');
    const button = page.getByRole('button', { name: 'Back up the workspace' });
    await button.waitFor();
    const downloading = page.waitForEvent('download', { timeout: 300_000 });
    await button.click();
    const download = await downloading;
    backupFile = join(workDir, download.suggestedFilename());
    await download.saveAs(backupFile);
  });

  await test.step('restore through Settings: file chosen, checked, confirmed, written', async () => {
    const { checked, written } = await restoreThroughSettings(page, backupFile, 600_000);
    restoreWrite = written;
    const megabytes = statSync(backupFile).size / 1024 / 1024;
    record({
      measure: `Restore (${megabytes.toFixed(1)} MB file): read and checked whole`,
      value: checked,
      unit: 'ms',
    });
    record({
      measure: 'Restore: confirm to success message (one transaction)',
      value: restoreWrite,
      unit: 'ms',
    });
  });

  await test.step('bare clear-and-writes of the same records, one difference at a time', async () => {
    await page.addScriptTag({ path: dexieScript });
    await stageRows(page, tables);
    const variants: Array<[string, BareWriteOptions]> = [
      ['Bare clear + bulkPut per table, Dexie’s default durability (the baseline)', { clearFirst: true }],
      ['Bare clear + bulkPut per table, strict durability (as the app)', { clearFirst: true, strict: true }],
      [
        'Bare clear + bulkAdd in steps of 2,000, strict durability (as the restore)',
        { clearFirst: true, strict: true, step: 2_000 },
      ],
    ];
    const times: number[] = [];
    for (const [measure, options] of variants) {
      await settle(page);
      const elapsed = await bareWrite(page, options);
      times.push(elapsed);
      record({ measure, value: elapsed, unit: 'ms' });
    }
    const [baseline = Number.NaN, strict = Number.NaN, stepped = Number.NaN] = times;
    record({ measure: 'Restore write ÷ the baseline', value: restoreWrite / baseline, unit: '×' });
    record({ measure: 'Strict ÷ default durability', value: strict / baseline, unit: '×' });
    record({
      measure: 'Steps of 2,000 ÷ one bulkPut per table (both strict)',
      value: stepped / strict,
      unit: '×',
    });
    record({
      measure: 'Restore write ÷ bare write as the restore writes',
      value: restoreWrite / stepped,
      unit: '×',
    });
  });
});
