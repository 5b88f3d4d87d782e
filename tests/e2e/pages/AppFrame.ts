import { expect, type Locator, type Page } from '@playwright/test';

/** The frame around every screen: the main navigation and the page heading. */
export class AppFrame {
  readonly navigation: Locator;
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: /main navigation|navigation principale/i });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`./#${path}`);
    await expect(this.navigation).toBeVisible();
  }

  async goTo(section: string): Promise<void> {
    await this.navigation.getByRole('link', { name: section, exact: true }).click();
    await expect(this.heading).toHaveText(section);
  }

  link(section: string): Locator {
    return this.navigation.getByRole('link', { name: section, exact: true });
  }
}
