import { expect, type Locator, type Page } from '@playwright/test';

/** The licence section: register, clause matrix and deadlines tabs. */
export class LicencesPage {
  readonly heading: Locator;
  readonly newLicence: Locator;
  readonly register: Locator;
  readonly matrix: Locator;
  readonly dueSoon: Locator;
  readonly missed: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Licences' });
    this.newLicence = page.getByRole('link', { name: 'New licence' });
    this.register = page.getByRole('table', { name: 'Licences' });
    this.matrix = page.getByRole('table', { name: 'Clauses of every licence' });
    this.dueSoon = page.getByRole('region', { name: 'Due soon (90 days)' });
    this.missed = page.getByRole('region', { name: 'Missed' });
    this.timeline = page.getByRole('region', { name: 'Next 24 months' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/licences');
    await expect(this.heading).toBeVisible();
  }

  async showTab(name: 'Register' | 'Clause matrix' | 'Deadlines'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  row(table: Locator, title: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}
