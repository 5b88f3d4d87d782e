import type { Locator, Page } from '@playwright/test';

/**
 * How long a page object waits for a file from outside to be read. Each file is read in a worker of its
 * own, which loads the spreadsheet library afresh: about a second, several on a machine under load, and
 * never past the worker's 30 s idle limit.
 */
export const FILE_READ_TIMEOUT = 30_000;

/** The file worker's script, as the build names it: held back to keep a file "being read" (see holdScript). */
export const FILE_WORKER_SCRIPT = '**/file-worker-*.js';

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
