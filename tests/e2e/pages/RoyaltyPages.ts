import { expect, type Locator, type Page } from '@playwright/test';

/** The Royalty rates page with its form, and the royalty stack panel of a device's page. */
export class RoyaltyPages {
  readonly recordRate: Locator;
  readonly form: Locator;
  readonly holder: Locator;
  readonly currency: Locator;
  readonly source: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.recordRate = page.getByRole('button', { name: 'Record a rate' });
    this.form = page.getByRole('dialog', { name: 'Record a royalty rate' });
    this.holder = this.form.getByRole('combobox', { name: 'Patent holder' });
    this.currency = this.form.getByRole('textbox', { name: 'Currency', exact: true });
    this.source = this.form.getByRole('textbox', { name: 'Source', exact: true });
    this.save = this.form.getByRole('button', { name: 'Save rate' });
  }

  async openRates(): Promise<void> {
    await this.page.goto('./#/standards/rates');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Royalty rates' })).toBeVisible();
  }

  /** Opens the form and fills a rate: `basis` is the segment's label, `value` the amount or percentage. */
  async fillRate(holder: string, basis: string, value: string, source: string): Promise<void> {
    await this.recordRate.click();
    await this.holder.click();
    await this.page.getByRole('option', { name: holder, exact: true }).click();
    await this.form.getByRole('radiogroup', { name: 'Rate basis' }).getByText(basis, { exact: true }).click();
    await this.form.getByRole('textbox', { name: basis, exact: true }).fill(value);
    await this.source.fill(source);
  }

  /** The footer of a device's stack: "Estimated stack per unit" and the total. */
  stackTotal(device: string): Locator {
    return this.page
      .getByRole('table', { name: `Royalty stack of ${device}` })
      .getByRole('row')
      .filter({ hasText: 'Estimated stack per unit' });
  }
}
