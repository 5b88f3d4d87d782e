import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The calendar: month navigation, month grid or list, kinds shown, and the .ics export. */
export class CalendarPage {
  readonly heading: Locator;
  readonly monthTitle: Locator;
  readonly previous: Locator;
  readonly next: Locator;
  readonly grid: Locator;
  readonly table: Locator;
  readonly period: Locator;
  readonly exportIcs: Locator;
  readonly kinds: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Calendar' });
    const controls = page.getByRole('group', { name: 'Calendar controls' });
    this.monthTitle = controls.getByRole('heading', { level: 2 });
    this.previous = controls.getByRole('button', { name: 'Previous month' });
    this.next = controls.getByRole('button', { name: 'Next month' });
    this.grid = page.getByRole('table', { name: /^Calendar of / });
    this.table = page.getByRole('table', { name: 'Calendar entries' });
    this.period = controls.getByRole('combobox', { name: 'Period' });
    this.exportIcs = controls.getByRole('button', { name: 'Export .ics' });
    this.kinds = controls.getByRole('group', { name: 'Kinds of entry' });
  }

  async open(): Promise<void> {
    await this.page.goto('./#/calendar');
    await expect(this.heading).toBeVisible();
  }

  /** Moves month by month until the title reads `title` (e.g. "July 2026"). */
  async goToMonth(title: string, direction: 'next' | 'previous' = 'next'): Promise<void> {
    for (let step = 0; step < 24 && (await this.monthTitle.textContent()) !== title; step += 1) {
      await (direction === 'next' ? this.next : this.previous).click();
    }
    await expect(this.monthTitle).toHaveText(title);
  }

  /** The grid's cell of a day, found by the full date its screen-reader text gives ("Friday, July 31, 2026"). */
  day(fullDate: string): Locator {
    return this.grid.getByRole('cell').filter({ hasText: fullDate });
  }

  async showList(period: string): Promise<void> {
    await this.page.getByText('List', { exact: true }).click();
    await this.period.click();
    await this.page.getByRole('option', { name: period, exact: true }).click();
    await expect(this.table).toBeVisible();
  }

  kind(name: string): Locator {
    return this.kinds.getByRole('checkbox', { name, exact: true });
  }

  /** Shows or hides a kind of entry: its chip's label is what a pointer clicks. */
  async toggleKind(name: string, shown: boolean): Promise<void> {
    await this.kinds.getByText(name, { exact: true }).click();
    await (shown ? expect(this.kind(name)).toBeChecked() : expect(this.kind(name)).not.toBeChecked());
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }

  /** Exports the entries shown and returns the file's name and text. */
  async exportFile(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.exportIcs.click();
    const file = await download;
    return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }
}
