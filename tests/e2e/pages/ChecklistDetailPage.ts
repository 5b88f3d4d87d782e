import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** One checklist template: its facts, its sections and the actions on it. */
export class ChecklistDetailPage {
  readonly duplicate: Locator;
  readonly edit: Locator;
  readonly exportJson: Locator;
  readonly remove: Locator;

  constructor(private readonly page: Page) {
    this.duplicate = page.getByRole('button', { name: 'Duplicate' });
    this.edit = page.getByRole('link', { name: 'Edit' });
    this.exportJson = page.getByRole('button', { name: 'Export JSON' });
    this.remove = page.getByRole('button', { name: 'Delete' });
  }

  section(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${title}`) });
  }

  /** Exports the checklist and returns the file's text. */
  async exportFile(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportJson.click();
    const file = await download;
    return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
