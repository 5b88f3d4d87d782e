import { expect, type Locator, type Page } from '@playwright/test';

/** Reports → Workbook and CSV: the registers as one XLSX workbook or one register as CSV. */
export class DataExportsSection {
  readonly heading: Locator;
  readonly exportWorkbook: Locator;
  readonly register: Locator;
  readonly exportCsv: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Workbook and CSV' });
    this.exportWorkbook = page.getByRole('button', { name: 'Export the workbook (XLSX)' });
    this.register = page.getByRole('combobox', { name: 'Register' });
    this.exportCsv = page.getByRole('button', { name: 'Export as CSV' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/reports');
    await expect(this.heading).toBeVisible();
    await expect(this.exportWorkbook).toBeEnabled();
  }

  /** Clicks `button`, saves the download at `path` and returns its suggested file name once confirmed. */
  async download(button: Locator, path: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file = await download;
    await file.saveAs(path);
    await expect(this.page.getByText(`${file.suggestedFilename()} saved.`)).toBeVisible();
    return file.suggestedFilename();
  }

  async chooseRegister(name: string): Promise<void> {
    await this.register.click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
