import type { Locator, Page } from '@playwright/test';

/**
 * The "Concentration by network domain" section, shown on the Dashboard and under the dependency list:
 * the chart (one image named by its figures), the table of domains, and each domain's vendor shares.
 * Domains are named as the user reads them, e.g. 'Radio access network (RAN)'.
 */
export class ConcentrationSection {
  readonly region: Locator;
  readonly chart: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Concentration by network domain' });
    this.chart = this.region.getByRole('img', { name: /^HHI per network domain:/ });
    this.table = this.region.getByRole('table', { name: 'Concentration by network domain', exact: true });
  }

  /** The button that opens or closes a domain's vendor shares (its aria-expanded says which). */
  sharesToggle(domain: string): Locator {
    return this.table.getByRole('button', { name: `Vendor shares in ${domain}`, exact: true });
  }

  /** A domain's row: its name, then dependencies, largest vendor, HHI and band as cells. */
  domainRow(domain: string): Locator {
    const toggle = this.page.getByRole('button', { name: `Vendor shares in ${domain}`, exact: true });
    return this.table.getByRole('row').filter({ has: toggle });
  }

  /** The figures of a domain's row: dependencies, largest vendor, HHI, band. */
  domainFigures(domain: string): Locator {
    return this.domainRow(domain).getByRole('cell');
  }

  shares(domain: string): Locator {
    return this.table.getByRole('table', { name: `Vendor shares in ${domain}`, exact: true });
  }

  /** A vendor's row of a domain's shares: vendor, dependencies, "5 of 8", share, HHI contribution. */
  shareRow(domain: string, vendor: string): Locator {
    return this.shares(domain)
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: vendor, exact: true }) });
  }

  /** Every vendor's row of a domain's shares (each names its vendor as a link; the total row does not). */
  vendorShareRows(domain: string): Locator {
    return this.shares(domain)
      .getByRole('row')
      .filter({ has: this.page.getByRole('link') });
  }

  /** The footer row of a domain's shares: the totals the vendors' rows add up to. */
  sharesTotal(domain: string): Locator {
    return this.shares(domain).getByRole('row', { name: /^Total\b/ });
  }

  async openShares(domain: string): Promise<void> {
    const toggle = this.sharesToggle(domain);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
}
