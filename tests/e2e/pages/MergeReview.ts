import { expect, type Locator, type Page } from '@playwright/test';
import { FILE_READ_TIMEOUT } from './file-reading';

/** Settings → Merge a colleague's workspace: the review dialog with its conflicts, and the summary after. */
export class MergeReview {
  readonly merge: Locator;
  readonly dialog: Locator;
  readonly conflicts: Locator;
  readonly confirm: Locator;
  readonly summary: Locator;

  constructor(private readonly page: Page) {
    this.merge = page.getByRole('button', { name: 'Merge a colleague’s workspace…' });
    this.dialog = page.getByRole('dialog', { name: 'Merge the colleague’s workspace?' });
    this.conflicts = this.dialog.getByRole('region', { name: 'Records changed on both sides' });
    this.confirm = this.dialog.getByRole('button', { name: 'Merge', exact: true });
    this.summary = page.getByRole('table', { name: 'What the merge did' });
  }

  /** Picks the colleague's file, which is then read and checked. */
  async pickFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.merge.click();
    await (await chooser).setFiles(path);
  }

  /** Chooses the colleague's file; the review dialog follows. */
  async chooseFile(path: string): Promise<void> {
    await this.pickFile(path);
    await expect(this.dialog).toBeVisible({ timeout: FILE_READ_TIMEOUT });
  }

  /** The review's line for a table: its name, then the records to add, identical, changed on both sides. */
  countRow(table: string): Locator {
    return this.dialog
      .getByRole('table', { name: 'What the merge brings' })
      .getByRole('row', { name: new RegExp(`^${table} `) });
  }

  /** A record changed on both sides, by the name it is known by. */
  conflict(record: string): Locator {
    return this.conflicts.getByRole('group', { name: record, exact: true });
  }

  /** The fields in which the two versions of a record differ: field, mine, theirs, one row each. */
  differences(record: string): Locator {
    return this.conflict(record).getByRole('table', { name: `What differs in ${record}` });
  }

  /** The choice of version for a record changed on both sides ("Keep mine" or "Take theirs"). */
  choice(record: string, side: 'Keep mine' | 'Take theirs'): Locator {
    return this.conflicts
      .getByRole('radiogroup', { name: `Version of ${record} to keep` })
      .getByRole('radio', { name: side });
  }

  async choose(record: string, side: 'Keep mine' | 'Take theirs'): Promise<void> {
    // Mantine hides the radio inputs behind their labels, so choose as a keyboard user does: focus, Space.
    const radio = this.choice(record, side);
    await radio.press('Space');
    await expect(radio).toBeChecked();
  }

  /** The summary's line for a table: its name, then the records added, updated and skipped. */
  summaryRow(table: string): Locator {
    return this.summary.getByRole('row', { name: new RegExp(`^${table} `) });
  }
}
