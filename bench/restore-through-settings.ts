import { expect, type Page } from '@playwright/test';

/** How long a restore through Settings took: the file read and checked, then its one transaction. */
export interface RestoreTimes {
  checked: number;
  written: number;
}

/**
 * Restores `backupFile` as a user does — Settings → Restore, the file chosen, checked, confirmed — and
 * times the check (to the confirmation) and the write (to the success message).
 */
export const restoreThroughSettings = async (
  page: Page,
  backupFile: string,
  writeTimeout: number,
): Promise<RestoreTimes> => {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const chooser = await choosing;
  const dialog = page.getByRole('dialog', { name: 'Replace this workspace with the backup?' });
  const t0 = performance.now();
  await chooser.setFiles(backupFile);
  await dialog.waitFor({ timeout: 300_000 });
  const checked = performance.now() - t0;
  const t1 = performance.now();
  await dialog.getByRole('button', { name: 'Replace the workspace' }).click();
  await expect(page.getByText(/^Workspace restored from the backup of/)).toBeVisible({
    timeout: writeTimeout,
  });
  return { checked, written: performance.now() - t1 };
};
