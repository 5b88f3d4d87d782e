import { expect, type Locator, type Page } from '@playwright/test';

/** The checklist template editor, reached by its labels as a user would. */
export class ChecklistForm {
  readonly name: Locator;
  readonly version: Locator;
  readonly addSection: Locator;
  readonly addItem: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByRole('textbox', { name: 'Name', exact: true });
    this.version = page.getByRole('textbox', { name: 'Version' });
    this.addSection = page.getByRole('button', { name: 'Add a section' });
    this.addItem = page.getByRole('button', { name: 'Add an item' });
    this.save = page.getByRole('button', { name: 'Save checklist' });
  }

  /** An item of the open section, e.g. item(3) is the group "Item 3". */
  item(number: number): Locator {
    return this.page.getByRole('group', { name: `Item ${number}`, exact: true });
  }

  items(): Locator {
    return this.page.getByRole('group', { name: /^Item \d+$/ });
  }

  async choose(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async saveAndConfirm(name: string): Promise<void> {
    await this.save.click();
    // The notice closes by itself after a few seconds: read it before waiting for the page to change.
    await expect(this.page.getByText(`${name} saved.`).last()).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)$/);
  }
}
