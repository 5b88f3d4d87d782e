import { expect, type Locator, type Page } from '@playwright/test';

/** The new / edit risk form, reached by its labels as a user would. */
export class RiskForm {
  readonly title: Locator;
  readonly category: Locator;
  readonly likelihood: Locator;
  readonly impact: Locator;
  readonly residualLikelihood: Locator;
  readonly residualImpact: Locator;
  readonly owner: Locator;
  readonly reviewDate: Locator;
  readonly addAction: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('textbox', { name: 'Title', exact: true });
    this.category = page.getByRole('combobox', { name: 'Category', exact: true });
    this.likelihood = page.getByRole('combobox', { name: 'Likelihood', exact: true });
    this.impact = page.getByRole('combobox', { name: 'Impact', exact: true });
    this.residualLikelihood = page.getByRole('combobox', { name: 'Residual likelihood', exact: true });
    this.residualImpact = page.getByRole('combobox', { name: 'Residual impact', exact: true });
    this.owner = page.getByRole('textbox', { name: 'Owner', exact: true });
    this.reviewDate = page.getByLabel('Review date');
    this.addAction = page.getByRole('button', { name: 'Add an action' });
    this.save = page.getByRole('button', { name: 'Save risk' });
  }

  /** The live score line, e.g. "Inherent score: 20 (Critical)". */
  score(text: string): Locator {
    return this.page.getByText(text, { exact: true });
  }

  async choose(combobox: Locator, option: string | RegExp): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Adds an action row and fills its title, owner and due date. */
  async addActionEntry(title: string, owner: string, dueDate: string): Promise<void> {
    await this.addAction.click();
    const row = this.page.getByRole('group', { name: /^Action \d+$/ }).last();
    await row.getByRole('textbox', { name: 'Action', exact: true }).fill(title);
    await row.getByRole('textbox', { name: 'Action owner' }).fill(owner);
    await row.getByLabel('Due date').fill(dueDate);
  }

  async saveAndConfirm(title: string): Promise<void> {
    await this.save.click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.page).not.toHaveURL(/\/(new|edit)/);
  }
}
