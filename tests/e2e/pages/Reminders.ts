import type { Locator, Page } from '@playwright/test';

/** The Dashboard's reminders: counts of what is overdue and due within 30 days, the nearest ones linked. */
export class Reminders {
  readonly section: Locator;
  readonly list: Locator;

  constructor(page: Page) {
    this.section = page.getByRole('region', { name: 'Reminders' });
    this.list = this.section.getByRole('list', { name: 'Nearest reminders' });
  }
}
