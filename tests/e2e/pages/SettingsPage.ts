import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  readonly userName: Locator;
  readonly organisationName: Locator;
  readonly organisationCountry: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.userName = page.getByLabel('Your name');
    this.organisationName = page.getByLabel('Organisation name');
    this.organisationCountry = page.getByRole('combobox', { name: 'Organisation country' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
  }

  async chooseCountry(name: string): Promise<void> {
    await this.organisationCountry.fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).click();
  }

  async chooseLanguage(current: string, next: string): Promise<void> {
    await this.page.getByRole('combobox', { name: current }).click();
    await this.page.getByRole('option', { name: next }).click();
  }

  async saveAndConfirm(): Promise<void> {
    await this.save.click();
    await expect(this.page.getByText('Settings saved.')).toBeVisible();
  }
}
