import { expect, type Locator, type Page } from '@playwright/test';

/** The new / edit decision form, reached by its labels as a user would. */
export class DecisionForm {
  readonly question: Locator;
  readonly subjectType: Locator;
  readonly domain: Locator;
  readonly dependencies: Locator;
  readonly owner: Locator;
  readonly dueDate: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.question = page.getByRole('textbox', { name: 'Question', exact: true });
    this.subjectType = page.getByRole('combobox', { name: 'The decision is about', exact: true });
    this.domain = page.getByRole('combobox', { name: 'Network domain', exact: true });
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

  /**
   * Adds a move to option `number` and fills it: the dependency, the recorded vendor it moves to (or none:
   * the share given up, in an exit option), the share typed.
   */
  async addMove(
    number: number,
    dependency: string | RegExp,
    vendor: string | null,
    share: string,
  ): Promise<Locator> {
    const option = this.option(number);
    await option.getByRole('button', { name: 'Move a dependency' }).click();
    const move = option.getByRole('group', { name: /^Move \d+$/ }).last();
    await this.choose(move.getByRole('combobox', { name: 'Dependency', exact: true }), dependency);
    if (vendor === null)
      await this.choose(move.getByRole('combobox', { name: 'Moved to', exact: true }), 'Nobody (given up)');
    else await this.choose(move.getByRole('combobox', { name: 'Vendor', exact: true }), vendor);
    await move.getByRole('textbox', { name: 'Share moved' }).fill(share);
    return move;
  }

  /** Fills an option's numbers, by their labels (One-off cost, Annual cost change, Months to implement). */
  async fillNumbers(number: number, values: Record<string, number>): Promise<void> {
    for (const [label, value] of Object.entries(values))
      await this.option(number).getByRole('textbox', { name: label, exact: true }).fill(String(value));
  }

  async saveAndConfirm(question: string): Promise<void> {
    await this.save.click();
    await expect(this.page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)/);
  }
}
