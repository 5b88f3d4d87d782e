import { expect, type Locator, type Page } from '@playwright/test';

/** The assessments list (latest revisions), under the Checklists section's "Assessments" tab. */
export class AssessmentListPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly overdueOnly: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Assessments' });
    this.table = page.getByRole('table', { name: 'Assessments' });
    this.overdueOnly = page.getByRole('search').getByLabel('Overdue only');
  }

  async open(): Promise<void> {
    await this.page.goto('./#/checklists/assessments');
    await expect(this.heading).toBeVisible();
  }

  /** The row of the assessment of this subject, found by the link to the subject's page. */
  row(subject: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: subject, exact: true }) });
  }

  get bodyRows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }
}
