import { expect, type Locator, type Page } from '@playwright/test';

/** One vendor's page: facts, ownership chain, sovereignty profile, exposure, and the edit and delete actions. */
export class VendorDetailPage {
  readonly sovereignty: Locator;
  readonly saveSovereignty: Locator;
  readonly rationale: Locator;
  readonly explanation: Locator;
  readonly edit: Locator;
  readonly delete: Locator;
  readonly ownershipChain: Locator;
  readonly exposure: Locator;
  readonly neighbourhood: Locator;
  readonly neighbourhoodDepth: Locator;
  /** The neighbourhood graph, one image whose name counts its vendors, dependencies and links. */
  readonly neighbourhoodGraph: Locator;

  constructor(private readonly page: Page) {
    this.sovereignty = page.getByRole('region', { name: 'Sovereignty profile' });
    this.saveSovereignty = this.sovereignty.getByRole('button', { name: 'Save sovereignty profile' });
    this.rationale = this.sovereignty.getByLabel('Rationale');
    this.explanation = this.sovereignty.getByRole('listitem');
    this.edit = page.getByRole('link', { name: 'Edit', exact: true });
    this.delete = page.getByRole('button', { name: 'Delete', exact: true });
    this.ownershipChain = page.getByRole('region', { name: 'Ownership chain' });
    this.exposure = page.getByRole('region', { name: 'Exposure', exact: true });
    this.neighbourhood = this.exposure.getByRole('region', { name: 'Neighbourhood' });
    this.neighbourhoodDepth = this.neighbourhood.getByLabel('Depth (links followed)');
    this.neighbourhoodGraph = this.neighbourhood.getByRole('img', { name: /^Graph of / });
  }

  /** The computed level shown beside "Computed level:", e.g. "High". */
  level(name: string): Locator {
    return this.sovereignty.getByText(name, { exact: true });
  }

  criterion(code: string): Locator {
    return this.sovereignty.getByRole('radiogroup', { name: new RegExp(`^${code} — `) });
  }

  /** The table of the vendor's own dependencies. */
  directExposure(vendor: string): Locator {
    return this.exposure.getByRole('table', { name: `Direct dependencies on ${vendor}` });
  }

  /** The table of dependencies that reach the vendor through their upstream chain, with the chain. */
  indirectExposure(vendor: string): Locator {
    return this.exposure.getByRole('table', {
      name: `Dependencies exposed to ${vendor} through their upstream chain`,
    });
  }

  async rate(code: string, rating: number | 'Not rated'): Promise<void> {
    const name = rating === 'Not rated' ? 'Not rated' : new RegExp(`^${rating} · `);
    // Mantine hides the radio inputs behind their labels, so rate as a keyboard user does: focus, Space.
    const radio = this.criterion(code).getByRole('radio', { name });
    await radio.press('Space');
    await expect(radio).toBeChecked();
  }

  async saveProfile(): Promise<void> {
    await this.saveSovereignty.click();
    await expect(this.page.getByText('Sovereignty profile saved.')).toBeVisible();
  }
}
