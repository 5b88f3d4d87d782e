import { expect, type Locator, type Page } from '@playwright/test';

/** The dependency list: search, filters and the virtualized table. */
export class DependenciesPage {
  readonly heading: Locator;
  readonly newDependency: Locator;
  readonly addFirstDependency: Locator;
  readonly table: Locator;
  readonly filters: Locator;
  readonly search: Locator;
  readonly clearFilters: Locator;
  private readonly label = 'Dependencies';

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dependencies' });
    this.newDependency = page.getByRole('link', { name: 'New dependency' });
    this.addFirstDependency = page.getByRole('link', { name: 'Add the first dependency' });
    this.table = page.getByRole('table', { name: 'Dependencies' });
    this.filters = page.getByRole('search', { name: 'Filter dependencies' });
    this.search = this.filters.getByRole('searchbox', { name: 'Search' });
    this.clearFilters = this.filters.getByRole('button', { name: 'Clear filters' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/dependencies');
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

  /** The dependency names in the rows drawn, top to bottom (each row's first cell; the header row has none). */
  async rowNames(): Promise<string[]> {
    const rows = await this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') })
      .all();
    return Promise.all(rows.map(async (row) => (await row.getByRole('cell').first().textContent()) ?? ''));
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openDependency(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  /** Picks one value in a filter of the search bar, by the filter's label. */
  async filterBy(label: string, option: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }
}
