import { expect, type Locator, type Page } from '@playwright/test';
import { seededWords } from '../files/french-workspace';
import { ScreenText } from './ScreenText';

/**
 * The app's screens as a French reader opens them: by address, each under its French heading, checked once
 * nothing is left loading. `englishFound` names what is still English on the screen (user data aside).
 */
export class FrenchScreens {
  readonly heading: Locator;
  readonly loading: Locator;
  private readonly screen: ScreenText;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.loading = page.getByText('Chargement…');
    this.screen = new ScreenText(page);
  }

  /** Opens the screen at `path` (a route of the app) and waits for its heading and its content. */
  async open(path: string, heading: string | RegExp): Promise<void> {
    await this.page.goto(`./#${path}`);
    await this.settled(heading);
  }

  /** Waits for the heading and for every part of the screen to have loaded (charts drawn included). */
  async settled(heading: string | RegExp = /./): Promise<void> {
    await expect(this.heading.first()).toHaveText(heading);
    await expect(this.loading).toHaveCount(0);
    await expect(this.page.locator('.mantine-Loader-root')).toHaveCount(0);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /**
   * Opens every drop-down list of the screen's main part in turn (choices show only when open) and returns
   * what is English in each.
   */
  async englishInLists(): Promise<string[]> {
    const found = new Set<string>();
    const lists = this.page.getByRole('main').getByRole('combobox');
    for (let index = 0; index < (await lists.count()); index += 1) {
      const list = lists.nth(index);
      if (!(await list.isVisible()) || !(await list.isEnabled())) continue;
      // Dispatched rather than clicked: a multiple choice hides its input under the chosen pills.
      await list.focus();
      await list.dispatchEvent('click');
      const options = this.page.getByRole('listbox').filter({ visible: true });
      // A searchable list with nothing to offer yet opens no list box: nothing to read then.
      const opened = await options
        .first()
        .waitFor({ state: 'visible', timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (opened) for (const piece of await this.englishFound(options.first())) found.add(piece);
      await this.page.keyboard.press('Escape');
      await expect(options).toHaveCount(0);
    }
    return [...found];
  }

  /** Points at the middle of each bar of a chart until its tooltip shows, and returns the tooltip. */
  async showTooltip(chart: Locator): Promise<Locator> {
    const box = await chart.boundingBox();
    if (!box) throw new Error('The chart is not on the screen.');
    const tooltip = chart.locator('div').filter({ visible: true, hasText: /\S/ });
    for (let y = box.y + box.height - 20; y > box.y + 20; y -= 12) {
      await this.page.mouse.move(box.x + box.width * 0.3, y);
      if ((await tooltip.count()) > 0) return tooltip.first();
    }
    throw new Error('No tooltip showed on the chart.');
  }

  /** What is English on the screen now (or in a part of it): each piece with where and why, none expected. */
  async englishFound(part?: Locator): Promise<string[]> {
    return this.screen.english(seededWords, part);
  }
}
