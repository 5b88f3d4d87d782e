import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Backup and restore, the restore confirmation, and the backup reminder shown in the frame. */
export class BackupSection {
  readonly backUp: Locator;
  readonly restore: Locator;
  readonly confirmDialog: Locator;
  readonly replace: Locator;
  readonly problems: Locator;
  readonly reminder: Locator;
  /** What the restore did, once done: its date, the reference lists, the organisation offered. */
  readonly restored: Locator;
  readonly useBackupOrganisation: Locator;
  readonly keepMyOrganisation: Locator;

  constructor(private readonly page: Page) {
    this.backUp = page.getByRole('button', { name: 'Back up the workspace' });
    this.restore = page.getByRole('button', { name: 'Restore from a backup…' });
    this.confirmDialog = page.getByRole('dialog', { name: 'Replace this workspace with the backup?' });
    this.replace = this.confirmDialog.getByRole('button', { name: 'Replace the workspace' });
    this.problems = page.getByRole('table', { name: /^The backup was not restored/ });
    this.reminder = page.getByRole('status').filter({ hasText: 'never been backed up' });
    this.restored = page.getByRole('status').filter({ hasText: /^Workspace restored from the backup of/ });
    this.useBackupOrganisation = this.restored.getByRole('button', { name: 'Use the backup’s organisation' });
    this.keepMyOrganisation = this.restored.getByRole('button', { name: 'Keep mine' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/settings');
    await expect(this.backUp).toBeVisible();
  }

  /** Backs up, saves the download at `path` and returns its suggested file name. */
  async backUpTo(path: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.backUp.click();
    const file = await download;
    await file.saveAs(path);
    await expect(this.page.getByText(`Workspace backed up to ${file.suggestedFilename()}.`)).toBeVisible();
    return file.suggestedFilename();
  }

  /** Chooses a file to restore; the confirmation or the problem list follows. */
  async chooseBackup(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.restore.click();
    await (await chooser).setFiles(path);
  }

  /** The question offering the backup's organisation, by the organisation it names. */
  organisationOffer(organisation: string): Locator {
    return this.restored.getByRole('group', { name: `Use the backup’s organisation (${organisation})?` });
  }

  /** The confirmation's line for a table: its name, the count now and the count in the backup. */
  countRow(table: string): Locator {
    return this.confirmDialog.getByRole('row', { name: new RegExp(`^${table} `) });
  }
}
