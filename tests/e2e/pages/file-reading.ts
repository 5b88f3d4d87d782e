import type { Locator, Page } from '@playwright/test';

/**
 * How long a page object waits for a file from outside to be read. Each file is read in a worker of its
 * own, which loads the spreadsheet library afresh: about a second, several on a machine under load, and
 * never past the worker's 30 s idle limit.
 */
export const FILE_READ_TIMEOUT = 30_000;

/**
 * Holds back the file worker's script, so a file being read stays so until the test cancels it; call
 * the returned function to let the worker load again.
 */
export const holdFileWorker = async (page: Page): Promise<() => Promise<void>> => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/file-worker-*.js', async (route) => {
    await held;
    await route.continue().catch(() => undefined);
  });
  return async () => {
    release();
    await page.unrouteAll({ behavior: 'wait' });
  };
};

/** A workspace file being checked (for a restore or a merge): its status line, its Cancel, the note once cancelled. */
export class WorkspaceFileCheck {
  readonly progress: Locator;
  readonly cancel: Locator;
  readonly cancelled: Locator;

  constructor(page: Page) {
    this.progress = page.getByRole('status').filter({ hasText: /^Checking the file: \d+ %\./ });
    this.cancel = this.progress.getByRole('button', { name: 'Cancel' });
    this.cancelled = page
      .getByRole('status')
      .filter({ hasText: 'Reading the file was cancelled. Nothing was changed.' });
  }
}
