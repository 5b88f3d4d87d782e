import { expect, type Locator, type Page } from '@playwright/test';

/** A decision's comparison page: the what-if table, the charts, the weights and the ranking. */
export class DecisionComparisonPage {
  readonly heading: Locator;
  readonly whatIf: Locator;
  readonly ranking: Locator;
  readonly sensitivity: Locator;
  readonly total: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Compare the options', level: 1 });
    this.whatIf = page.getByRole('table', { name: 'What-if of each option beside today' });
    this.ranking = page.getByRole('table', { name: 'Weighted score of each option' });
    this.sensitivity = page.getByText(/^(The winner changes|No change of a single weight)/);
    this.total = page.getByRole('textbox', { name: 'Total', exact: true });
    this.save = page.getByRole('button', { name: 'Save the weights' });
  }

  async open(decisionId: string): Promise<void> {
    await this.page.goto(`./#/decisions/${decisionId}/compare`);
    await expect(this.heading).toBeVisible();
    await expect(this.whatIf).toBeVisible();
  }

  /** The cells of a what-if row, by the figure its header names: today first, then each option. */
  whatIfCells(figure: string | RegExp): Locator {
    return this.whatIf
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: figure, exact: true }) })
      .getByRole('cell');
  }

  /** The ranking's rows, best first: rank, option (row header), weighted score, each criterion. */
  rankingRows(): Locator {
    return this.ranking.getByRole('row').filter({ has: this.page.getByRole('rowheader') });
  }

  chart(criterion: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^${criterion}: `) });
  }

  weight(criterion: string): Locator {
    return this.page.getByRole('textbox', { name: `${criterion} weight`, exact: true });
  }

  async setWeights(weights: Record<string, number>): Promise<void> {
    for (const [criterion, value] of Object.entries(weights))
      await this.weight(criterion).fill(String(value));
  }
}
