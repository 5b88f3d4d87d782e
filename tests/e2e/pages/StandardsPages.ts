import { expect, type Locator, type Page } from '@playwright/test';

/** The Standards section: the list, a standard's page, the declarations import and the reference list. */
export class StandardsPages {
  readonly table: Locator;
  readonly referenceTable: Locator;
  /** The dialog that adds or edits a standard of the reference list. */
  readonly referenceForm: Locator;
  readonly importLink: Locator;
  readonly file: Locator;
  readonly importButton: Locator;
  readonly threshold: Locator;
  readonly saveThreshold: Locator;
  readonly caveat: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Standards in use' });
    this.importLink = page.getByRole('link', { name: 'Import declarations' });
    this.file = page.getByLabel('Declarations file', { exact: true });
    this.importButton = page.getByRole('button', { name: 'Import', exact: true });
    this.threshold = page.getByLabel('Share that makes a holder a finding');
    this.saveThreshold = page.getByRole('button', { name: 'Save threshold' });
    this.caveat = page.getByText('Declarations are made by the holders themselves');
    this.referenceTable = page.getByRole('table', { name: 'Reference list of standards' });
    this.referenceForm = page.getByRole('dialog');
  }

  /** The reference list of standards, reached from the Standards screen as a user finds it. */
  async openReferenceList(): Promise<void> {
    await this.open();
    await this.page.getByRole('link', { name: 'Reference list' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Reference list of standards' }),
    ).toBeVisible();
  }

  /** A field of the reference list's form, by its label. */
  referenceField(label: 'Number' | 'Title'): Locator {
    return this.referenceForm.getByRole('textbox', { name: label });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/standards');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  }

  /** Opens the import page and chooses a CSV file with this text, as if picked from the disk. */
  async chooseDeclarations(name: string, text: string): Promise<void> {
    await this.open();
    await this.importLink.click();
    await this.file.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }

  async openStandard(standard: string): Promise<void> {
    await this.open();
    await this.table.getByRole('link', { name: standard }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Standard ${standard}` })).toBeVisible();
  }

  holders(standard: string): Locator {
    return this.page.getByRole('table', { name: `Holders of declared patents on ${standard}` });
  }

  holderRow(standard: string, holder: string): Locator {
    return this.holders(standard).getByRole('row').filter({ hasText: holder });
  }
}
