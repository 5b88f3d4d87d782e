import type { Locator, Page } from '@playwright/test';

/** The Dashboard's assessments section: the due and overdue list, and the coverage per framework table. */
export class AssessmentDashboardList {
  readonly due: Locator;
  readonly coverage: Locator;

  constructor(private readonly page: Page) {
    const section = page.getByRole('region', { name: 'Assessments', exact: true });
    this.due = section.getByRole('region', { name: 'Assessments due and overdue' });
    this.coverage = section
      .getByRole('region', { name: 'Coverage per framework' })
      .getByRole('table', { name: 'Records assessed per checklist' });
  }

  coverageRow(checklist: string): Locator {
    return this.coverage
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: checklist, exact: true }) });
  }
}
