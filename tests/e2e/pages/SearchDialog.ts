import { expect, type Locator, type Page } from '@playwright/test';

/** The global search (Ctrl/Cmd+K): its input and its results, each a button naming the record and its type. */
export class SearchDialog {
  readonly headerButton: Locator;
  readonly dialog: Locator;
  readonly input: Locator;

  constructor(private readonly page: Page) {
    this.headerButton = page.getByRole('banner').getByRole('button', { name: /^Search/ });
    this.dialog = page.getByRole('dialog');
    this.input = this.dialog.getByRole('textbox', {
      name: 'Search vendors, dependencies, licences and risks',
    });
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.input).toBeFocused();
  }

  result(name: string): Locator {
    return this.dialog.getByRole('button', { name: new RegExp(`^${name}`) });
  }
}
