import { expect, type Locator, type Page } from '@playwright/test';

/** Matches an option whose text starts with `option`, read literally ('Radio access network (RAN)'). */
const startsWith = (option: string): RegExp =>
  new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The new / edit dependency form, reached by its labels as a user would. */
export class DependencyForm {
  readonly name: Locator;
  readonly vendor: Locator;
  readonly kind: Locator;
  readonly domain: Locator;
  readonly criticality: Locator;
  readonly substitutability: Locator;
  readonly footprintPct: Locator;
  readonly exitMonths: Locator;
  readonly remoteAccess: Locator;
  readonly dataLocations: Locator;
  readonly upstream: Locator;
  readonly tags: Locator;
  readonly notes: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.vendor = page.getByRole('combobox', { name: 'Vendor', exact: true });
    this.kind = page.getByRole('combobox', { name: 'Kind', exact: true });
    this.domain = page.getByRole('combobox', { name: 'Network domain', exact: true });
    this.criticality = page.getByRole('combobox', { name: 'Criticality', exact: true });
    this.substitutability = page.getByRole('combobox', { name: 'Substitutability', exact: true });
    this.footprintPct = page.getByLabel('Footprint (%)');
    this.exitMonths = page.getByLabel('Exit time (months)');
    this.remoteAccess = page.getByRole('switch', { name: 'Vendor remote access' });
    this.dataLocations = page.getByRole('combobox', { name: 'Data locations', exact: true });
    this.upstream = page.getByRole('combobox', { name: 'Upstream dependencies', exact: true });
    this.tags = page.getByRole('combobox', { name: 'Tags', exact: true });
    this.notes = page.getByLabel('Notes');
    this.save = page.getByRole('button', { name: 'Save dependency' });
  }

  /** Opens a choice and picks the option whose text starts with `option` (options also carry a description). */
  async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: startsWith(option) }).click();
  }

  /** Types into a searchable choice to narrow it, then picks the option that starts with `option`. */
  async search(combobox: Locator, typed: string, option: string): Promise<void> {
    await combobox.fill(typed);
    await this.page.getByRole('option', { name: startsWith(option) }).click();
  }

  async addTag(tag: string): Promise<void> {
    await this.tags.fill(tag);
    await this.tags.press('Enter');
  }

  async saveAndConfirm(name: string): Promise<void> {
    await this.save.click();
    // The notice closes by itself after a few seconds: read it before waiting for the page to change.
    await expect(this.page.getByText(`${name} saved.`).last()).toBeVisible();
    // The dependency's page opening is the proof of the save; an earlier save's notice may still be showing.
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)(\?.*)?$/);
  }
}
