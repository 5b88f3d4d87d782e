import { expect, type Locator, type Page } from '@playwright/test';

/** The "Software bill of materials" section of a dependency's page: import, preview, summary, components. */
export class SbomSection {
  readonly section: Locator;
  readonly file: Locator;
  readonly problems: Locator;
  readonly byClass: Locator;
  readonly copyleft: Locator;
  readonly withoutLicence: Locator;
  readonly suppliers: Locator;
  readonly components: Locator;
  readonly search: Locator;
  readonly replace: Locator;
  readonly remove: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Software bill of materials' });
    this.file = page.getByLabel('Import an SBOM (CycloneDX or SPDX JSON)');
    this.problems = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    this.byClass = page.getByRole('table', { name: 'Components per licence class' });
    this.copyleft = page.getByRole('region', { name: 'Copyleft components' });
    this.withoutLicence = page.getByRole('region', { name: 'Components without a licence' });
    this.suppliers = page.getByRole('region', { name: 'Suppliers' });
    this.components = page.getByRole('table', { name: 'SBOM components' });
    this.search = page.getByRole('searchbox', { name: 'Search the components' });
    this.replace = page.getByRole('button', { name: 'Replace the SBOM' });
    this.remove = page.getByRole('button', { name: 'Remove the SBOM' });
  }

  /** Chooses a JSON file with this text, as if picked from the disk. */
  async choose(name: string, text: string): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  importButton(count: number): Locator {
    return this.page.getByRole('button', { name: `Import ${count} component${count === 1 ? '' : 's'}` });
  }

  classRow(label: string): Locator {
    return this.byClass.getByRole('row').filter({ hasText: label });
  }

  async expectClassCount(label: string, count: number): Promise<void> {
    await expect(this.classRow(label).getByRole('cell').last()).toHaveText(String(count));
  }
}
