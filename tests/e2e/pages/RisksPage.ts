import { expect, type Locator, type Page } from '@playwright/test';

/** The risk register: the two heatmaps, the filters and the virtualized table; and the treatment plan. */
export class RisksPage {
  readonly heading: Locator;
  readonly newRisk: Locator;
  readonly treatmentPlan: Locator;
  readonly table: Locator;
  readonly inherentHeatmap: Locator;
  readonly residualHeatmap: Locator;
  readonly removeCellFilter: Locator;
  readonly planTable: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Risks' });
    this.newRisk = page.getByRole('link', { name: 'New risk' });
    this.treatmentPlan = page.getByRole('link', { name: 'Treatment plan' });
    this.table = page.getByRole('table', { name: 'Risks' });
    this.inherentHeatmap = page.getByRole('group', { name: /^Inherent risk heatmap/ });
    this.residualHeatmap = page.getByRole('group', { name: /^Residual risk heatmap/ });
    this.removeCellFilter = page.getByRole('button', { name: 'Remove the heatmap cell filter' });
    this.planTable = page.getByRole('table', { name: 'Treatment plan actions' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/risks');
    await expect(this.heading).toBeVisible();
  }

  /** A heatmap cell, named by its position and count, e.g. "Likelihood 4, impact 5: 1 risk". */
  cell(heatmap: Locator, likelihood: number, impact: number, count: number): Locator {
    const noun = count === 1 ? 'risk' : 'risks';
    return heatmap.getByRole('button', {
      name: `Likelihood ${likelihood}, impact ${impact}: ${count} ${noun}`,
    });
  }

  row(title: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** The body rows of the register (the header row left out). */
  get bodyRows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  planRow(action: string): Locator {
    return this.planTable.getByRole('row').filter({ hasText: action });
  }
}
