import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The Activity screen: the whole audit trail, its filters, an event's details and the exports. */
export class ActivityPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly list: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly clearFilters: Locator;
  readonly exportCsv: Locator;
  readonly exportXlsx: Locator;
  readonly details: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Activity' });
    this.table = page.getByRole('table', { name: 'Activity' });
    this.list = page.getByRole('region', { name: 'Activity', exact: true });
    this.filters = page.getByRole('search', { name: 'Activity filters' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search' });
    this.from = this.filters.getByLabel('From');
    this.to = this.filters.getByLabel('To');
    this.clearFilters = this.filters.getByRole('button', { name: 'Clear filters' });
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.exportXlsx = page.getByRole('button', { name: 'Export XLSX' });
    this.details = page.getByRole('dialog', { name: /^Details of the change of / });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/activity');
    await expect(this.heading).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  /** The body rows drawn (the list is virtualized: those in view and a few beyond). */
  get rows(): Locator {
    return this.table
      .locator('tbody')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  /** Goes to the oldest events at the bottom of the list, as the End key does in the focused list. */
  async scrollToEnd(): Promise<void> {
    await this.list.focus();
    await this.page.keyboard.press('End');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** How many events the filters let through, as the table announces it. */
  async expectCount(count: number): Promise<void> {
    await expect(this.table).toHaveAttribute('aria-rowcount', String(count + 1));
  }

  /** Picks values in a multi-choice filter (Who, Record type, Action), by the filter's label. */
  async filterBy(label: string, ...options: string[]): Promise<void> {
    await this.filters.getByRole('combobox', { name: label, exact: true }).click();
    for (const option of options) await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async openDetails(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /^Details of the change of / }).click();
    await expect(this.details).toBeVisible();
  }

  /** Exports what the filters let through and returns the file's name and text. */
  async exportFile(button: Locator): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file = await download;
    // The notice closes by itself after a few seconds: read it before the file.
    await expect(this.page.getByText(`${file.suggestedFilename()} saved.`)).toBeVisible();
    const text = await readFile(await file.path(), 'utf8');
    return { fileName: file.suggestedFilename(), text };
  }
}
