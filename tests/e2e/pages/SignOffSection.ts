import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Sign-off: whether one person may approve an assessment they created or last answered. */
export class SignOffSection {
  readonly section: Locator;
  readonly singlePerson: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('group', { name: 'Sign-off' });
    this.singlePerson = this.section.getByRole('switch', { name: 'Allow single-person sign-off' });
  }

  /** Flips the switch (it saves at once) and waits for the confirmation. */
  async allowSinglePerson(allowed: boolean): Promise<void> {
    await this.singlePerson.setChecked(allowed);
    await expect(this.page.getByText('Sign-off rule saved.')).toBeVisible();
  }
}
