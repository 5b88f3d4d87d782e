import { expect, type Locator, type Page } from '@playwright/test';

/** A decision's page: the choice, the review steps and the follow-up actions, and the list it is in. */
export class DecisionPage {
  readonly newDecision: Locator;
  readonly rationale: Locator;
  readonly saveChoice: Locator;
  readonly edit: Locator;
  readonly compare: Locator;
  readonly followUps: Locator;
  readonly locked: Locator;
  readonly stepDialog: Locator;

  constructor(private readonly page: Page) {
    this.newDecision = page.getByRole('link', { name: 'New decision' }).first();
    this.rationale = page.getByRole('textbox', { name: 'Rationale' });
    this.saveChoice = page.getByRole('button', { name: 'Save the choice' });
    this.edit = page.getByRole('link', { name: 'Edit', exact: true });
    this.compare = page.getByRole('link', { name: 'Compare options' });
    this.followUps = page.getByRole('region', { name: 'Follow-up actions on the risks' });
    this.locked = page.getByRole('alert').filter({ hasText: 'Approved and locked' });
    this.stepDialog = page.getByRole('dialog');
  }

  async openList(): Promise<void> {
    await this.page.goto('./#/decisions');
  }

  async chooseOption(title: string, rationale: string): Promise<void> {
    await this.page.getByRole('radio', { name: title }).check();
    await this.rationale.fill(rationale);
    await this.saveChoice.click();
    await expect(this.page.getByText('Choice saved.')).toBeVisible();
  }

  /** Opens a review step's dialog by the page's button (Submit for review, Approve). */
  async openStep(button: string): Promise<Locator> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await expect(this.stepDialog).toBeVisible();
    return this.stepDialog;
  }

  /** A review step: the page's button, then the name typed in its dialog and confirmed. */
  async step(button: string, nameLabel: string, name: string): Promise<void> {
    const dialog = await this.openStep(button);
    await dialog.getByRole('textbox', { name: nameLabel }).fill(name);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
