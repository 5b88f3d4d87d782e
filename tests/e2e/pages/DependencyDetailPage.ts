import type { Locator, Page } from '@playwright/test';

/** One dependency's page: facts, upstream and "relied on by" links, and the edit and delete actions. */
export class DependencyDetailPage {
  readonly facts: Locator;
  readonly upstream: Locator;
  readonly reliedOnBy: Locator;
  readonly edit: Locator;
  readonly delete: Locator;

  constructor(page: Page) {
    this.facts = page.getByRole('region', { name: 'Facts' });
    this.upstream = page.getByRole('region', { name: 'Upstream dependencies' });
    this.reliedOnBy = page.getByRole('region', { name: 'Relied on by' });
    this.edit = page.getByRole('link', { name: 'Edit', exact: true });
    this.delete = page.getByRole('button', { name: 'Delete', exact: true });
  }
}
