import { expect, type Locator, type Page } from '@playwright/test';

/** The vendor list: search, filters and the virtualized table. */
export class VendorsPage {
  readonly heading: Locator;
  readonly newVendor: Locator;
  readonly addFirstVendor: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly levelFilter: Locator;

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
