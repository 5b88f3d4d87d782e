import { expect, type Locator, type Page } from '@playwright/test';

/** A risk's page: its "Mark reviewed" action, the review dialog and the facts it changes. */
export class RiskReview {
  readonly markReviewed: Locator;
  readonly dialog: Locator;
  readonly nextReview: Locator;
  readonly reviewDate: Locator;

  constructor(private readonly page: Page) {
    this.markReviewed = page.getByRole('button', { name: 'Mark reviewed' });
    this.dialog = page.getByRole('dialog', { name: 'Record a review of this risk' });
    this.nextReview = this.dialog.getByLabel('Next review');
    this.reviewDate = page
      .getByRole('term')
      .filter({ hasText: /^Review date$/ })
      .locator('xpath=following-sibling::dd[1]');
  }

  async confirm(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Record the review' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
