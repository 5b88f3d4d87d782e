import type { Locator, Page } from '@playwright/test';
import type { Vendor } from '../../shared/domain';
import { expect, readStore, test } from './fixtures';
import { vendor } from './files/long-labels-workspace';
import { noRecords, writeWorkspaceFile } from './files/workspace-file';
import { BackupSection } from './pages/BackupSection';
import { FILE_READ_TIMEOUT } from './pages/file-reading';
import { MergeReview } from './pages/MergeReview';

/** Enough records that their writing takes seconds: time to see its progress and stop it. */
const VENDORS = 20_000;

/** What a stopped write must leave as it was: the records and the audit trail. */
const persisted = async (page: Page) => ({
  vendors: await readStore<Vendor>(page, 'vendors'),
  auditLog: await readStore(page, 'auditLog'),
  referenceEntries: await readStore(page, 'referenceEntries'),
});

/** The progress of a write inside its dialog, and its own Cancel (the dialog's is disabled meanwhile). */
const writeProgress = (dialog: Locator, label: RegExp) => {
  const status = dialog.getByRole('status').filter({ hasText: label });
  return { status, cancel: status.getByRole('button', { name: 'Cancel' }) };
};

/**
 * Endless animations on the page (a spinner): without graphics acceleration each frame of one is drawn by
 * the processor, which a restore measured 3 × slower for on two cores. The progress says how far instead.
 */
const endlessAnimations = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations === Infinity)
      .map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target;
        return `${target?.tagName ?? '?'}.${target?.className ?? ''}`;
      }),
  );

test('a restore and a merge can be stopped while they write, and leave the workspace as it was', async ({
  page,
}, testInfo) => {
  const backup = new BackupSection(page);
  const merge = new MergeReview(page);
  const path = testInfo.outputPath('twenty-thousand-vendors.zip');

  await test.step('a colleague’s workspace file of 20,000 vendors', async () => {
    const vendors = Array.from({ length: VENDORS }, (_, index) => vendor(`Vendor ${index + 1}`));
    await writeWorkspaceFile(path, { ...noRecords(), vendors });
    await backup.open();
  });
  const before = await persisted(page);

  await test.step('the restore shows the records written, and its Cancel stops it', async () => {
    await backup.chooseBackup(path);
    await expect(backup.confirmDialog).toBeVisible({ timeout: FILE_READ_TIMEOUT });
    await backup.replace.click();
    const writing = writeProgress(backup.confirmDialog, /^Restoring: [\d,]+ of 20,?000 records written\./);
    await expect(writing.status).toBeVisible();
    expect(await endlessAnimations(page), 'no spinner while the restore writes').toEqual([]);
    await writing.cancel.click();
    await expect(page.getByRole('status').filter({ hasText: 'Restore cancelled' })).toBeVisible();
    await expect(backup.confirmDialog).toBeHidden();
    expect(await persisted(page)).toEqual(before);
  });

  await test.step('the merge shows the records written, and its Cancel stops it', async () => {
    await merge.chooseFile(path);
    await merge.confirm.click();
    const writing = writeProgress(merge.dialog, /^Merging: [\d,]+ of 20,?000 records written\./);
    await expect(writing.status).toBeVisible();
    expect(await endlessAnimations(page), 'no spinner while the merge writes').toEqual([]);
    await writing.cancel.click();
    await expect(page.getByRole('status').filter({ hasText: 'Merge cancelled' })).toBeVisible();
    await expect(merge.dialog).toBeHidden();
    expect(await persisted(page)).toEqual(before);
  });
});
