import type { Locator, Page } from '@playwright/test';

/** The "Assessments" section of a vendor's, dependency's or licence's page. */
export class SubjectAssessmentList {
  readonly section: Locator;
  readonly startAssessment: Locator;
  readonly table: Locator;

  constructor(page: Page) {
    this.section = page.getByRole('region', { name: 'Assessments', exact: true });
    this.startAssessment = this.section.getByRole('button', { name: 'Start an assessment' });
    this.table = this.section.getByRole('table', { name: 'Assessments of this record' });
  }

  row(checklist: string): Locator {
    return this.table.getByRole('row').filter({ hasText: checklist });
  }
}
