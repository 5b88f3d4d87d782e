import { expect, type Locator, type Page } from '@playwright/test';

/** The new / edit vendor form, reached by its labels as a user would. */
export class VendorForm {
  readonly name: Locator;
  readonly legalName: Locator;
  readonly lei: Locator;
  readonly hqCountry: Locator;
  readonly ownership: Locator;
  readonly stateOwnershipPct: Locator;
  readonly tags: Locator;
  readonly notes: Locator;
  readonly addListing: Locator;
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.legalName = page.getByLabel('Legal name');
    this.lei = page.getByLabel('LEI');
    this.hqCountry = page.getByRole('combobox', { name: 'Headquarters country' });
    this.ownership = page.getByRole('combobox', { name: 'Ownership' });
    this.stateOwnershipPct = page.getByLabel('State ownership (%)');
    this.tags = page.getByRole('combobox', { name: 'Tags' });
    this.notes = page.getByLabel('Notes');
    this.addListing = page.getByRole('button', { name: 'Add a listing' });
    this.save = page.getByRole('button', { name: 'Save vendor' });
    this.cancel = page.getByRole('link', { name: 'Cancel' });
  }

  listing(number: number): Locator {
    return this.page.getByRole('group', { name: `Listing ${number}` });
  }

  async choose(combobox: Locator, option: string | RegExp): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async chooseCountry(name: string): Promise<void> {
    await this.hqCountry.fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
  }

  /** Adds a listing row and fills it: which list, and the date the vendor was added to it. */
  async addListingEntry(list: string, since: string): Promise<void> {
    await this.addListing.click();
    const rows = this.page.getByRole('group', { name: /^Listing \d+$/ });
    const row = rows.last();
    await this.choose(row.getByRole('combobox', { name: 'List' }), list);
    await row.getByLabel('Listed since').fill(since);
  }

  async saveAndConfirm(name: string): Promise<void> {
    await this.save.click();
    // The notice closes by itself after a few seconds: read it before waiting for the page to change.
    await expect(this.page.getByText(`${name} saved.`).last()).toBeVisible();
    // The vendor's page opening is the proof of the save; an earlier save's notice may still be showing.
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)$/);
  }

  /**
   * Records a vendor with its name and country from the vendor list, through the "Add your first vendor"
   * link of an empty workspace or the "New vendor" link, and waits for its page.
   */
  async record(name: string, country: string, from: 'first' | 'new'): Promise<void> {
    await this.page.goto('./#/vendors');
    await this.page
      .getByRole('link', { name: from === 'first' ? 'Add your first vendor' : 'New vendor' })
      .click();
    await this.name.fill(name);
    await this.chooseCountry(country);
    await this.saveAndConfirm(name);
  }
}
