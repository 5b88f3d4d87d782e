import type { Locator, Page } from '@playwright/test';

/** The History section of a record's page: one list item per audit event, newest first. */
export class RecordHistory {
  readonly region: Locator;
  readonly showAll: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'History' });
    this.showAll = this.region.getByRole('button', { name: /^Show all / });
  }

  /** The events (their headings name the action, who and when), without the change lines inside them. */
  get events(): Locator {
    return this.region.getByRole('list', { name: 'History' }).locator(':scope > li');
  }

  /** The event whose heading or changes hold `text`, e.g. "Changed by Ben Leroy". */
  event(text: string | RegExp): Locator {
    return this.events.filter({ hasText: text });
  }

  /** The change lines of an event, e.g. "Name: Nordlys → Nordlys Radio". */
  changes(event: Locator): Locator {
    return event.getByRole('listitem');
  }
}
