import { expect, type Locator, type Page } from '@playwright/test';

/** One assessment at work: its items, progress and score, the review steps, revisions and activity. */
export class AssessmentPage {
  readonly status: Locator;
  readonly completion: Locator;
  readonly score: Locator;
  readonly conclusion: Locator;
  readonly submit: Locator;
  readonly approve: Locator;
  readonly reopen: Locator;
  readonly stepDialog: Locator;
  readonly history: Locator;
  /** The audit trail of this revision and its evidence files. */
  readonly auditHistory: Locator;
  readonly evidenceDialog: Locator;

  constructor(private readonly page: Page) {
    this.status = fact(page, 'Status');
    this.completion = fact(page, 'Completion');
    this.score = fact(page, 'Score');
    this.conclusion = page.getByRole('combobox', { name: 'Conclusion' });
    this.submit = page.getByRole('button', { name: 'Submit for review' });
    this.approve = page.getByRole('button', { name: 'Approve', exact: true });
    this.reopen = page.getByRole('button', { name: /^Reopen as revision / });
    this.stepDialog = page.getByRole('dialog');
    this.history = page.getByRole('region', { name: 'Revisions' });
    this.auditHistory = page.getByRole('region', { name: 'History' });
    this.evidenceDialog = page.getByRole('dialog', { name: 'Attach evidence' });
  }

  /** The item whose question starts with `question` (its number comes first, e.g. "1.1 How strong…"). */
  item(question: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^[0-9.]+ ${escape(question)}`) });
  }

  /** Chooses an answer as a keyboard user does: focus the option, Space. */
  async answer(question: string, option: string): Promise<void> {
    const radio = this.item(question).getByRole('radio', { name: option, exact: true });
    await radio.press('Space');
    await expect(radio).toBeChecked();
  }

  async comment(question: string, text: string): Promise<void> {
    const field = this.item(question).getByRole('textbox', { name: /^Comment on item / });
    await field.fill(text);
    await field.blur();
  }

  async attachEvidence(
    question: string,
    file: { name: string; text: string },
    validUntil: string,
  ): Promise<void> {
    await this.item(question).getByRole('button', { name: 'Attach evidence' }).click();
    await this.evidenceDialog.getByLabel('File').setInputFiles({
      name: file.name,
      mimeType: 'application/pdf',
      buffer: Buffer.from(file.text),
    });
    await this.evidenceDialog.getByLabel('Valid until').fill(validUntil);
    await this.evidenceDialog.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(this.evidenceDialog).toBeHidden();
  }

  async chooseConclusion(name: string): Promise<void> {
    await this.conclusion.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.conclusion).toHaveValue(name);
  }

  /** A review step that names who takes it: fill the name, confirm, wait for the dialog to close. */
  async nameStep(button: Locator, label: string, name: string, confirm: string): Promise<void> {
    await button.click();
    await this.stepDialog.getByLabel(label).fill(name);
    await this.stepDialog.getByRole('button', { name: confirm, exact: true }).click();
    await expect(this.stepDialog).toBeHidden();
  }

  /** "Raise as a risk" on an item: the dialog proposing the risk's title, returned for the test to check and edit. */
  async openRaiseFinding(question: string): Promise<Locator> {
    await this.item(question).getByRole('button', { name: 'Raise as a risk' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Raise as a risk' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}

/** The value of a labelled fact: the definition that follows its term (ARIA gives definitions no name). */
const fact = (page: Page, term: string): Locator =>
  page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
