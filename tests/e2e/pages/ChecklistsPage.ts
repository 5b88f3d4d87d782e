import { expect, type Locator, type Page } from '@playwright/test';

/** The checklist templates: the table of built-in and own templates, and the JSON import. */
export class ChecklistsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly newChecklist: Locator;
  readonly importChecklists: Locator;
  readonly rejection: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Checklists' });
    this.table = page.getByRole('table', { name: 'Checklist templates' });
    this.newChecklist = page.getByRole('link', { name: 'New checklist' });
    this.importChecklists = page.getByRole('button', { name: 'Import checklists (JSON)' });
    this.rejection = page.getByRole('dialog', { name: 'The file was not imported' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/checklists');
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openChecklist(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Imports a file as if chosen in the file picker. */
  async importFile(name: string, content: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importChecklists.click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }
}
