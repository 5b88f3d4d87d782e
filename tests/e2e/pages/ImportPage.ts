import { expect, type Locator, type Page } from '@playwright/test';
import { FILE_READ_TIMEOUT } from './file-reading';

/** The bulk-import screen: templates, the file input, the preview and its problems, the result. */
export class ImportPage {
  readonly heading: Locator;
  readonly csvTemplate: Locator;
  readonly xlsxTemplate: Locator;
  readonly file: Locator;
  readonly problems: Locator;
  /** What each row of the chosen file will write. */
  readonly rows: Locator;
  readonly importButton: Locator;
  readonly backToList: Locator;
  readonly cancelReading: Locator;
  /** The bar of the records written while an import is being written, and its Cancel button. */
  readonly writing: Locator;
  readonly cancelWriting: Locator;

  constructor(
    private readonly page: Page,
    title = 'Import vendors',
    backTo = 'Back to the vendors',
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: title });
    this.csvTemplate = page.getByRole('button', { name: 'Download the CSV template' });
    this.xlsxTemplate = page.getByRole('button', { name: 'Download the XLSX template' });
    this.file = page.getByLabel('Choose a CSV or XLSX file');
    this.problems = page.getByRole('table', { name: 'Problems' });
    this.rows = page.getByRole('table', { name: 'Rows of the file' });
    this.importButton = page.getByRole('button', { name: /^Import \d+ records?$/ });
    this.backToList = page.getByRole('link', { name: backTo }).last();
    this.cancelReading = page.getByRole('status').getByRole('button', { name: 'Cancel' });
    this.writing = page.getByRole('progressbar', { name: /^Writing the records: \d+ of \d+…$/ });
    this.cancelWriting = page
      .getByRole('status')
      .filter({ hasText: 'Writing the records' })
      .getByRole('button', { name: 'Cancel' });
  }

  async open(entity: 'vendors' | 'dependencies' | 'licences' | 'risks' = 'vendors'): Promise<void> {
    await this.page.goto(`./#/import/${entity}`);
    await expect(this.heading).toBeVisible();
  }

  /** Chooses a CSV made of these lines, as if picked from the disk. */
  async chooseCsv(name: string, lines: readonly string[]): Promise<void> {
    await this.file.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
    await expect(this.page.getByRole('heading', { level: 2, name: `Preview of ${name}` })).toBeVisible({
      timeout: FILE_READ_TIMEOUT,
    });
  }

  /** Chooses an XLSX workbook of these bytes, as if picked from the disk, and waits for its preview. */
  async chooseXlsx(name: string, buffer: Buffer): Promise<void> {
    await this.file.setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect(this.page.getByRole('heading', { level: 2, name: `Preview of ${name}` })).toBeVisible({
      timeout: FILE_READ_TIMEOUT,
    });
  }

  /** The line saying the file is being read (with its Cancel button), or that its reading was cancelled. */
  readingStatus(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The preview's row headed by this record's name. */
  previewRow(name: string): Locator {
    return this.rows
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  problem(sentence: string): Locator {
    return this.problems.getByRole('row').filter({ hasText: sentence });
  }
}

/** Imports records from CSV lines through the import screen and waits for its confirmation. */
export const importCsv = async (
  page: Page,
  entity: 'vendors' | 'dependencies',
  lines: readonly string[],
): Promise<void> => {
  const importer = new ImportPage(page, entity === 'vendors' ? 'Import vendors' : 'Import dependencies');
  await importer.open(entity);
  await importer.chooseCsv(`${entity}.csv`, lines);
  await importer.importButton.click();
  const count = lines.length - 1;
  await expect(page.getByText(`Imported ${count} ${entity}: ${count} new, 0 updated.`)).toBeVisible();
};
