import { expect, type Locator, type Page } from '@playwright/test';

/** The new / edit licence form, reached by its labels as a user would. */
export class LicenceForm {
  readonly title: Locator;
  readonly type: Locator;
  readonly vendor: Locator;
  readonly dependencies: Locator;
  readonly spdx: Locator;
  readonly endDate: Locator;
  readonly noticeDays: Locator;
  readonly autoRenew: Locator;
  readonly governingLaw: Locator;
  readonly annualCost: Locator;
  readonly currency: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('textbox', { name: 'Title', exact: true });
    this.type = page.getByRole('combobox', { name: 'Type', exact: true });
    this.vendor = page.getByRole('combobox', { name: 'Vendor', exact: true });
    this.dependencies = page.getByRole('combobox', { name: 'Dependencies covered' });
    this.spdx = page.getByLabel('SPDX expression');
    this.endDate = page.getByLabel('End date');
    this.noticeDays = page.getByLabel('Notice period (days)');
    this.autoRenew = page.getByLabel('Renews automatically');
    this.governingLaw = page.getByRole('combobox', { name: 'Governing law' });
    this.annualCost = page.getByLabel('Annual cost');
    this.currency = page.getByLabel('Currency');
    this.save = page.getByRole('button', { name: 'Save licence' });
  }

  clause(name: string): Locator {
    return this.page.getByRole('combobox', { name, exact: true });
  }

  async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async chooseCountry(name: string): Promise<void> {
    await this.governingLaw.fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
  }

  async saveAndConfirm(title: string): Promise<void> {
    await this.save.click();
    // The notice closes by itself after a few seconds: read it before waiting for the page to change.
    await expect(this.page.getByText(`${title} saved.`).last()).toBeVisible();
    // The licence's page opening is the proof of the save.
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)$/);
  }
}
