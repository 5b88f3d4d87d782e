import { expect, type Locator, type Page } from '@playwright/test';

/** The "Start an assessment" dialog: the checklist, the record assessed, an optional due date. */
export class StartAssessmentDialog {
  readonly dialog: Locator;
  readonly checklist: Locator;
  readonly dueDate: Locator;
  readonly start: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Start an assessment' });
    this.checklist = this.dialog.getByRole('combobox', { name: 'Checklist' });
    this.dueDate = this.dialog.getByLabel('Due date');
    this.start = this.dialog.getByRole('button', { name: 'Start', exact: true });
  }

  async chooseChecklist(name: string): Promise<void> {
    await this.checklist.click();
    await this.page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).click();
  }

  /** Picks the record to assess in its searchable list, labelled by kind ("Vendor to assess"). */
  async chooseSubject(label: string, name: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: label }).fill(name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Starts it and waits for the new assessment's page to open. */
  async startAndOpen(): Promise<void> {
    await this.start.click();
    await expect(this.dialog).toBeHidden();
    await expect(this.page).toHaveURL(/#\/checklists\/assessments\/[0-9a-f-]{36}$/);
  }
}
