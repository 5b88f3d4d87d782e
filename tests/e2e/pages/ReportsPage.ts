import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Reports screen: the board report's options, its preview and exports, and the exported reports. */
export class ReportsPage {
  readonly title: Locator;
  readonly classification: Locator;
  readonly preparedBy: Locator;
  readonly language: Locator;
  readonly preview: Locator;
  readonly exportPdf: Locator;
  readonly exportWord: Locator;
  readonly printView: Locator;
  readonly exported: Locator;
  readonly checkFile: Locator;
  /** The stage of the PDF export under way, with its Cancel until the printing starts. */
  readonly exportStage: Locator;
  readonly cancelExport: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('textbox', { name: 'Title', exact: true });
    this.classification = page.getByRole('combobox', { name: 'Classification marking' });
    this.preparedBy = page.getByRole('textbox', { name: 'Prepared by' });
    this.language = page.getByRole('combobox', { name: 'Report language' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.exportPdf = page.getByRole('button', { name: 'Export PDF' });
    this.exportWord = page.getByRole('button', { name: 'Export Word' });
    this.printView = page.getByRole('link', { name: 'Open the print view' });
    this.exported = page.getByRole('region', { name: 'Exported reports' });
    this.checkFile = this.exported.getByRole('button', { name: 'Check a file…' });
    this.exportStage = page.getByRole('status').filter({ hasText: /^Step \d of 3: / });
    this.cancelExport = this.exportStage.getByRole('button', { name: 'Cancel' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/reports');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  }

  async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(combobox).toHaveValue(option);
  }

  /** Opens the print view and waits until every chart is drawn: what a PDF is made of. */
  async openPrintView(): Promise<void> {
    await this.printView.click();
    await this.page.waitForFunction(() => document.body.dataset.reportReady === 'true');
  }

  /** A table of the preview, by the heading or caption that names it. */
  previewTable(name: string): Locator {
    return this.preview.getByRole('table', { name, exact: true });
  }

  async downloadWord(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportWord.click();
    return download;
  }

  /** Checks a file against the register of exported reports, as picked from the disk. */
  async check(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.checkFile.click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  }
}
