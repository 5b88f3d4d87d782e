import { expect, type Locator, type Page } from '@playwright/test';

/** The reference lists screen: the entries table, the entry form and the restore action. */
export class ReferencePage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly addEntry: Locator;
  readonly restore: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly since: Locator;
  readonly saveEntry: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reference lists' });
    this.table = page.getByRole('table', { name: 'Reference entries' });
    this.addEntry = page.getByRole('button', { name: 'Add an entry' });
    this.restore = page.getByRole('button', { name: 'Restore the built-in entries' });
    this.form = page.getByRole('form', { name: 'Reference entry' });
    this.name = this.form.getByRole('textbox', { name: 'Name', exact: true });
    this.since = this.form.getByLabel('Listed since');
    this.saveEntry = this.form.getByRole('button', { name: 'Save entry' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/reference');
    await expect(this.heading).toBeVisible();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async edit(name: string): Promise<void> {
    await this.table.getByRole('button', { name: `Edit ${name}` }).click();
    await expect(this.form).toBeVisible();
  }

  async delete(name: string): Promise<void> {
    await this.table.getByRole('button', { name: `Delete ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Delete entry' }).click();
    await expect(this.row(name)).toHaveCount(0);
  }
}
