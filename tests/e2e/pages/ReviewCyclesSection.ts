import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Review cycles: months per tier, per checklist and per risk category. */
export class ReviewCyclesSection {
  readonly section: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('group', { name: 'Review cycles' });
    this.save = this.section.getByRole('button', { name: 'Save review cycles' });
  }

  /** The months field of a tier ("Vital (5)") or a risk category ("Security"). */
  months(label: string): Locator {
    return this.section.getByRole('textbox', { name: label, exact: true });
  }

  async saveAndConfirm(): Promise<void> {
    await this.save.click();
    await expect(this.page.getByText('Review cycles saved.')).toBeVisible();
  }
}
