import { expect, type Locator, type Page } from '@playwright/test';

/** The new / edit decision form, reached by its labels as a user would. */
export class DecisionForm {
  readonly question: Locator;
  readonly dependencies: Locator;
  readonly owner: Locator;
  readonly dueDate: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.question = page.getByRole('textbox', { name: 'Question', exact: true });
    this.dependencies = page.getByRole('combobox', { name: 'Dependencies', exact: true });
    this.owner = page.getByRole('textbox', { name: 'Owner', exact: true }).first();
    this.dueDate = page.getByLabel('Due date').first();
    this.save = page.getByRole('button', { name: 'Save decision' });
  }

  option(number: number): Locator {
    return this.page.getByRole('group', { name: `Option ${number}`, exact: true });
  }

  async choose(combobox: Locator, option: string | RegExp): Promise<void> {
    // Scrolled to the middle: at the top of the viewport the sticky header would take the click.
    await combobox.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
    await this.page.keyboard.press('Escape');
  }

  /** Adds a move to option `number` and fills it: the dependency, the recorded vendor, the share typed. */
  async addMove(
    number: number,
    dependency: string | RegExp,
    vendor: string,
    share: string,
  ): Promise<Locator> {
    const option = this.option(number);
    await option.getByRole('button', { name: 'Move a dependency' }).click();
    const move = option.getByRole('group', { name: /^Move \d+$/ }).last();
    await this.choose(move.getByRole('combobox', { name: 'Dependency', exact: true }), dependency);
    await this.choose(move.getByRole('combobox', { name: 'Vendor', exact: true }), vendor);
    await move.getByRole('textbox', { name: 'Share moved' }).fill(share);
    return move;
  }

  async saveAndConfirm(question: string): Promise<void> {
    await this.save.click();
    await expect(this.page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)/);
  }
}
