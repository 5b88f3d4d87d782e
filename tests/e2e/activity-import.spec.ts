import Papa from 'papaparse';
import { expect, readStore, test } from './fixtures';
import { ActivityPage } from './pages/ActivityPage';
import { importCsv } from './pages/ImportPage';
import { RecordHistory } from './pages/RecordHistory';
import { VendorsPage } from './pages/VendorsPage';

interface StoredEvent {
  id: string;
  action: string;
  recordId: string;
  records?: Array<{ table: string; recordId: string; action: string; changes?: Record<string, unknown> }>;
}

test('an import is one event: one Activity row listing its records, a CSV line per record, and each record’s history shows it', async ({
  app,
  page,
  settings,
}) => {
  const activity = new ActivityPage(page);
  const history = new RecordHistory(page);
  const vendors = new VendorsPage(page);

  await test.step('Ana imports two vendors from vendors.csv', async () => {
    await app.open('/settings');
    await settings.userName.fill('Ana Moreau');
    await settings.saveAndConfirm();
    await importCsv(page, 'vendors', ['name,hqCountry', 'Nordic Radio,FI', 'Baltic Fibre,EE']);
  });

  const stored =
    await test.step('one audit event is stored, listing both vendors with what was set', async () => {
      const vendorIds = (await readStore<{ id: string }>(page, 'vendors')).map((vendor) => vendor.id).sort();
      const imports = (await readStore<StoredEvent>(page, 'auditLog')).filter(
        (event) => event.action === 'import',
      );
      expect(imports).toHaveLength(1);
      const [event] = imports;
      expect(event?.recordId).toBe('vendors.csv');
      expect(event?.records?.map((record) => record.recordId).sort()).toEqual(vendorIds);
      expect(event?.records?.map((record) => record.changes?.name).sort()).toEqual([
        [null, 'Baltic Fibre'],
        [null, 'Nordic Radio'],
      ]);
      return event;
    });

  await test.step('Activity shows the import as one row, whose details list each vendor', async () => {
    await activity.open();
    await activity.filterBy('Action', 'Imported');
    await activity.expectCount(1);
    const row = activity.row('2 vendors from vendors.csv');
    await expect(row).toContainText('Ana Moreau');
    await expect(row).toContainText('2 created');
    await activity.openDetails(row);
    const records = activity.details.getByRole('region', { name: 'Records of this import' });
    await expect(records).toContainText('Created Vendor: Nordic Radio');
    await expect(records).toContainText('Headquarters country: Finland');
    await expect(records).toContainText('Created Vendor: Baltic Fibre');
    await expect(records).toContainText('Headquarters country: Estonia');
    await page.keyboard.press('Escape');
  });

  await test.step('its CSV export gives one line per vendor, each with the event’s id', async () => {
    const { text } = await activity.exportFile(activity.exportCsv);
    const [, ...rows] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows.map((row) => [row[1], row[2], row[3], row[4], row[10]]).sort()).toEqual([
      ['Ana Moreau', 'Created', 'Vendor', 'Baltic Fibre', stored?.id],
      ['Ana Moreau', 'Created', 'Vendor', 'Nordic Radio', stored?.id],
    ]);
  });

  await test.step('a vendor’s history shows its part of the import, with what was set', async () => {
    await vendors.open();
    await vendors.openVendor('Nordic Radio');
    await expect(history.events).toHaveCount(1);
    const created = history.events.first();
    await expect(created).toContainText('Created by Ana Moreau');
    await expect(created).toContainText('Part of the import of 2 vendors from vendors.csv');
    await expect(history.changes(created)).toContainText([
      'Name: Nordic Radio',
      'Headquarters country: Finland',
    ]);
  });
});
