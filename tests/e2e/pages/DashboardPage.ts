import { expect, type Locator, type Page } from '@playwright/test';
import { ConcentrationSection } from './ConcentrationSection';

/** The Dashboard: one card per board figure, each named by its title, then the concentration section. */
export class DashboardPage {
  readonly heading: Locator;
  readonly vendors: Locator;
  readonly dependencies: Locator;
  readonly criticalExposure: Locator;
  readonly sovereigntyLevels: Locator;
  readonly concentration: ConcentrationSection;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.vendors = page.getByRole('region', { name: 'Vendors', exact: true });
    this.dependencies = page.getByRole('region', { name: 'Dependencies', exact: true });
    this.criticalExposure = page.getByRole('region', {
      name: 'Critical dependencies exposed to high-risk vendors',
    });
    this.sovereigntyLevels = page.getByRole('region', { name: 'Vendors by sovereignty level' });
    this.concentration = new ConcentrationSection(page);
  }

  async open(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.heading).toBeVisible();
  }

  /** The lines of the sovereignty card, most severe level first, each a level and its count of vendors. */
  get levelCounts(): Locator {
    return this.sovereigntyLevels.getByRole('listitem');
  }
}
