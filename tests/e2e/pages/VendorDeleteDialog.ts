import { expect, type Locator, type Page } from '@playwright/test';

/** The confirmation dialog of a vendor deletion, with its choice of a vendor to move references to. */
export class VendorDeleteDialog {
  readonly dialog: Locator;
  readonly reassignTo: Locator;
  readonly confirm: Locator;
  readonly cancel: Locator;

  constructor(
    private readonly page: Page,
    vendorName: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: `Delete ${vendorName}?` });
    this.reassignTo = this.dialog.getByRole('combobox', { name: /^Move its/ });
    this.confirm = this.dialog.getByRole('button', { name: 'Delete vendor' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
  }

  async chooseTarget(name: string): Promise<void> {
    await this.reassignTo.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.reassignTo).toHaveValue(name);
  }
}
