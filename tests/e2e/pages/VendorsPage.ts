import { expect, type Locator, type Page } from '@playwright/test';

/** The vendor list: search, filters and the virtualized table. */
export class VendorsPage {
  readonly heading: Locator;
  readonly newVendor: Locator;
  readonly addFirstVendor: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly levelFilter: Locator;
  private readonly label = 'Vendors';

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Vendors' });
    this.newVendor = page.getByRole('link', { name: 'New vendor' });
    this.addFirstVendor = page.getByRole('link', { name: 'Add your first vendor' });
    this.table = page.getByRole('table', { name: 'Vendors' });
    this.search = page.getByRole('searchbox', { name: 'Search' });
    this.levelFilter = page.getByRole('search').getByLabel('Sovereignty level');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/vendors');
    await expect(this.heading).toBeVisible();
  }

  /** The line under the table: its row count, or that only the first rows are in yet. */
  rowCount(text: string | RegExp): Locator {
    return this.page.getByRole('region', { name: this.label }).getByText(text);
  }

  /** A column's sort button in the table header. */
  sortButton(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true }).getByRole('button');
  }

  /** The names in the rows drawn, top to bottom. */
  rowNames(): Promise<string[]> {
    return this.table.getByRole('row').getByRole('link').allTextContents();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openVendor(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  async filterByLevel(level: string): Promise<void> {
    await this.levelFilter.click();
    await this.page.getByRole('option', { name: level, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }
}
