import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { FILE_READ_TIMEOUT } from './file-reading';

/**
 * The questionnaire buttons of an assessment page and the review dialog an import opens: the proposed
 * answers to accept or reject one by one, or the problems that made the file refused.
 */
export class QuestionnaireReview {
  readonly exportButton: Locator;
  readonly importButton: Locator;
  readonly dialog: Locator;
  readonly proposals: Locator;
  readonly problems: Locator;
  readonly acceptAll: Locator;
  readonly close: Locator;

  constructor(private readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export questionnaire' });
    this.importButton = page.getByRole('button', { name: 'Import filled questionnaire' });
    this.dialog = page.getByRole('dialog', { name: /^Answers from / });
    this.proposals = this.dialog.getByRole('table', { name: 'Proposed answers' });
    this.problems = this.dialog.getByRole('table', { name: 'Problems' });
    this.acceptAll = this.dialog.getByRole('button', { name: /^Accept all \(\d+\)$/ });
    this.close = this.dialog.getByRole('button', { name: 'Close', exact: true });
  }

  /** Exports the questionnaire and returns the download the browser received. */
  async export(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    return download;
  }

  /** Imports a file as the user picks it in the file chooser, and waits for the review of that file. */
  async import(path: string, fileName: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles(path);
    await expect(this.dialog).toHaveAccessibleName(`Answers from ${fileName}`, {
      timeout: FILE_READ_TIMEOUT,
    });
  }

  /** The proposal row of the item asked by `question`. */
  proposal(question: string): Locator {
    return this.proposals.getByRole('row').filter({ hasText: question });
  }

  accept(question: string): Locator {
    return this.dialog.getByRole('button', { name: `Accept the answer to “${question}”` });
  }

  reject(question: string): Locator {
    return this.dialog.getByRole('button', { name: `Reject the answer to “${question}”` });
  }

  /** The problem whose sentence contains `sentence`, with its row. */
  problem(sentence: string): Locator {
    return this.problems.getByRole('row').filter({ hasText: sentence });
  }

  async closeReview(): Promise<void> {
    await this.close.click();
    await expect(this.dialog).toBeHidden();
  }
}
