import type { Locator, Page } from '@playwright/test';

/** The confirmation dialog of a dependency deletion, which says which links go with it. */
export class DependencyDeleteDialog {
  readonly dialog: Locator;
  readonly confirm: Locator;
  readonly cancel: Locator;

  constructor(page: Page, dependencyName: string) {
    this.dialog = page.getByRole('dialog', { name: `Delete ${dependencyName}?` });
    this.confirm = this.dialog.getByRole('button', { name: 'Delete dependency' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
  }
}
