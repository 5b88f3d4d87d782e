import Papa from 'papaparse';
import { expect, readStore, test } from './fixtures';
import { ActivityPage } from './pages/ActivityPage';
import { RecordHistory } from './pages/RecordHistory';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';

interface StoredEvent {
  id: string;
  at: string;
  actor: string;
  table: string;
  recordId: string;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
  imported?: { fileName: string; by: string };
}

/** An event merged earlier from a colleague's workspace: it says who deleted a licence there, and when. */
const mergedEvent: StoredEvent & { imported: { fileName: string; sha256: string; by: string; at: string } } =
  {
    id: '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    at: '2025-06-15T09:00:00.000Z',
    actor: 'Chloé Colleague',
    table: 'licences',
    recordId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9',
    action: 'delete',
    changes: { title: ['Core network EULA', null], autoRenew: [true, null] },
    imported: {
      fileName: 'colleague.zip',
      sha256: 'c0ffee'.repeat(10) + 'c0ff',
      by: 'Ana Moreau',
      at: '2025-06-20T14:00:00.000Z',
    },
  };

test('changes show on the record page’s history and on the Activity screen, which filters them and exports them as CSV', async ({
  app,
  page,
  settings,
}) => {
  const form = new VendorForm(page);
  const vendorPage = new VendorDetailPage(page);
  const history = new RecordHistory(page);
  const activity = new ActivityPage(page);

  await test.step('Ana records a vendor and renames it; an event merged from a colleague’s file is in the log', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ana Moreau');
    await settings.saveAndConfirm();
    await page.evaluate(
      (event) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('diligence-workbench');
          request.onsuccess = () => {
            const db = request.result;
            const write = db.transaction('auditLog', 'readwrite');
            write.objectStore('auditLog').add(event);
            write.oncomplete = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(new Error(write.error?.message ?? 'write failed'));
          };
        }),
      mergedEvent,
    );
    await form.record('Nordlys Radio', 'Finland', 'first');
    await vendorPage.edit.click();
    await form.name.fill('Nordlys Radio Oy');
    await form.choose(form.ownership, 'State-owned');
    await form.saveAndConfirm('Nordlys Radio Oy');
  });

  await test.step('Ben moves its headquarters', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ben Leroy');
    await settings.saveAndConfirm();
    await page.goto('./#/vendors');
    await page.getByRole('link', { name: 'Nordlys Radio Oy', exact: true }).click();
    await vendorPage.edit.click();
    await form.chooseCountry('Sweden');
    await form.saveAndConfirm('Nordlys Radio Oy');
  });

  await test.step('the vendor’s page gives its history: who, when, each field before and after', async () => {
    await expect(history.events).toHaveCount(3);
    const moved = history.events.nth(0);
    await expect(moved).toContainText(/^Changed by Ben Leroy on /);
    await expect(history.changes(moved)).toHaveText(['Headquarters country: Finland → Sweden']);
    const renamed = history.events.nth(1);
    await expect(renamed).toContainText(/^Changed by Ana Moreau on /);
    await expect(history.changes(renamed)).toContainText([
      'Name: Nordlys Radio → Nordlys Radio Oy',
      /^Ownership: .+ → State-owned$/,
    ]);
    const created = history.events.nth(2);
    await expect(created).toContainText(/^Created by Ana Moreau on /);
    await expect(history.changes(created)).toContainText([
      'Name: Nordlys Radio',
      'Headquarters country: Finland',
    ]);
  });

  await test.step('the Activity screen lists the whole trail, newest first, the merged event marked', async () => {
    await app.goTo('Activity');
    await expect(activity.rows.first()).toContainText('Ben Leroy');
    await expect(activity.rows.first()).toContainText('Vendor: Nordlys Radio Oy');
    await expect(activity.rows.first()).toContainText('Headquarters country: Finland → Sweden');
    await activity.scrollToEnd();
    const merged = activity.row('Chloé Colleague');
    await expect(merged).toContainText('Imported');
    await expect(merged).toContainText('Licence: Core network EULA');
    await activity.openDetails(merged);
    await expect(activity.details).toContainText('Deleted Licence: Core network EULA by Chloé Colleague on');
    await expect(activity.details).toContainText(
      /Imported from file colleague\.zip \(SHA-256 c0ffeec0ffee…\) by Ana Moreau on /,
    );
    await expect(activity.details.getByRole('listitem')).toHaveText([
      'Title: was Core network EULA',
      'Renews automatically: was Yes',
    ]);
    await page.keyboard.press('Escape');
  });

  await test.step('filters: who, record type, action, days and search, each narrowing the list', async () => {
    await activity.filterBy('Who', 'Ben Leroy');
    await activity.expectCount(2);
    await expect(activity.rows).toHaveCount(2);
    await expect(activity.row('Settings: Profile')).toContainText('Your name: Ana Moreau → Ben Leroy');
    await activity.clearFilters.click();

    await activity.filterBy('Record type', 'Vendor');
    await activity.expectCount(3);
    await activity.filterBy('Action', 'Created');
    await activity.expectCount(1);
    await expect(activity.rows.first()).toContainText('Ana Moreau');
    await activity.clearFilters.click();

    await activity.from.fill('2025-06-15');
    await activity.to.fill('2025-06-15');
    await activity.expectCount(1);
    await expect(activity.rows.first()).toContainText('Chloé Colleague');
    await activity.from.fill('2025-06-16');
    await activity.expectCount(0);
    await expect(activity.table).toContainText('No event matches these filters.');
    await activity.clearFilters.click();

    await activity.search.fill('nordlys ana');
    await activity.expectCount(2);
    await activity.search.fill('');
  });

  await test.step('the events shown export as CSV, read back as written and matching what is stored', async () => {
    await activity.filterBy('Who', 'Ben Leroy');
    await activity.expectCount(2);
    const { fileName, text } = await activity.exportFile(activity.exportCsv);
    expect(fileName).toMatch(/^diligence-workbench-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual([
      'When (UTC)',
      'Who',
      'Action',
      'Record type',
      'Record',
      'Record id',
      'Changes',
      'Imported from file',
      'Imported by',
      'Imported on (UTC)',
      'Event id',
    ]);
    const stored = (await readStore<StoredEvent>(page, 'auditLog'))
      .filter((event) => event.actor === 'Ben Leroy')
      .sort((a, b) => b.at.localeCompare(a.at));
    expect(rows.map((row) => [row[0], row[1], row[10]])).toEqual(
      stored.map((event) => [event.at, 'Ben Leroy', event.id]),
    );
    const [moved, renamed] = rows;
    expect(moved?.slice(2, 7)).toEqual([
      'Changed',
      'Vendor',
      'Nordlys Radio Oy',
      stored[0]?.recordId,
      'Headquarters country: Finland → Sweden',
    ]);
    expect(stored[0]?.changes?.hqCountry).toEqual(['FI', 'SE']);
    expect(renamed?.slice(3, 7)).toEqual([
      'Settings',
      'Profile',
      'profile',
      'Your name: Ana Moreau → Ben Leroy',
    ]);
  });
});
