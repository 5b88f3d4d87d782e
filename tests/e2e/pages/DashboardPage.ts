import { expect, type Locator, type Page } from '@playwright/test';
import { ConcentrationSection } from './ConcentrationSection';

/** The Dashboard: one card per board figure, each named by its title, then the concentration section. */
export class DashboardPage {
  readonly heading: Locator;
  readonly vendors: Locator;
  readonly dependencies: Locator;
  readonly criticalExposure: Locator;
  readonly sovereigntyLevels: Locator;
  /** The standards card: its two lists, each line a standard or a country and its figures. */
  readonly standardsExposure: Locator;
  readonly topUncoveredStandards: Locator;
  readonly holderCountries: Locator;
  readonly concentration: ConcentrationSection;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.vendors = page.getByRole('region', { name: 'Vendors', exact: true });
    this.dependencies = page.getByRole('region', { name: 'Dependencies', exact: true });
    this.criticalExposure = page.getByRole('region', {
      name: 'Critical dependencies exposed to high-risk vendors',
    });
    this.sovereigntyLevels = page.getByRole('region', { name: 'Vendors by sovereignty level' });
    this.standardsExposure = page.getByRole('region', { name: 'Standards and patent exposure' });
    this.topUncoveredStandards = this.standardsExposure
      .getByRole('list', { name: 'Standards with the largest uncovered share' })
      .getByRole('listitem');
    this.holderCountries = this.standardsExposure
      .getByRole('list', { name: 'Holders of declared patents by country' })
      .getByRole('listitem');
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
