import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { ReferencePage } from './pages/ReferencePage';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface VendorRow {
  id: string;
  name: string;
  listings: { list: string; since?: string; note?: string }[];
}
interface ReferenceRow {
  id: string;
  name: string;
  since?: string;
}
interface AuditRow {
  actor: string;
  table: string;
  recordId: string;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
}

const createVendor = async (page: Page, name: string): Promise<void> => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  await vendors.open();
  await vendors.newVendor.click();
  await form.name.fill(name);
  await form.chooseCountry('China');
  await form.saveAndConfirm(name);
};

test('a vendor on the FCC Covered List is flagged, and the listing is added only once confirmed', async ({
  page,
}) => {
  const detail = new VendorDetailPage(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Possible listing' });
  const addListing = page.getByRole('button', { name: 'Add the listing' });
  const confirmDialog = page.getByRole('dialog', { name: 'Add the FCC Covered List listing?' });

  await test.step('the vendor page says which entry its name matches', async () => {
    await createVendor(page, 'Huawei Technologies Co., Ltd.');
    await expect(alert).toContainText(
      'This vendor matches “Huawei Technologies Company” on the FCC Covered List (since 2021-03-12).',
    );
    await expect(detail.level('Unrated')).toBeVisible();
  });

  await test.step('cancelling the confirmation changes nothing', async () => {
    await addListing.click();
    await confirmDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirmDialog).toBeHidden();
    await expect(alert).toBeVisible();
    const [vendor] = await readStore<VendorRow>(page, 'vendors');
    expect(vendor?.listings).toEqual([]);
  });

  await test.step('confirming adds the listing: the alert goes and the level rises to High', async () => {
    await addListing.click();
    await confirmDialog.getByRole('button', { name: 'Add the listing' }).click();
    await expect(alert).toBeHidden();
    await expect(detail.level('High')).toBeVisible();
  });

  await test.step('the listing is stored with its date and source, and the update is audited', async () => {
    const [vendor] = await readStore<VendorRow>(page, 'vendors');
    expect(vendor?.listings).toEqual([
      {
        list: 'fcc-covered',
        since: '2021-03-12',
        note: 'Huawei Technologies Company — https://www.fcc.gov/supplychain/coveredlist',
      },
    ]);
    const audit = await readStore<AuditRow>(page, 'auditLog');
    const update = audit.find((event) => event.table === 'vendors' && event.action === 'update');
    expect(update?.recordId).toBe(vendor?.id);
    expect(Object.keys(update?.changes ?? {})).toEqual(['listings']);
  });

  await test.step('a vendor matching no entry shows no alert', async () => {
    await createVendor(page, 'Nokia');
    await expect(detail.level('Unrated')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});

test('the built-in entries can be edited, deleted and restored, and edits survive a reload', async ({
  page,
  app,
}) => {
  const reference = new ReferencePage(page);

  await test.step('Settings leads to the reference lists, seeded with the FCC Covered List', async () => {
    await app.open('/settings');
    await page.getByRole('link', { name: 'Open the reference lists' }).click();
    await expect(reference.heading).toBeVisible();
    await expect(reference.row('ZTE Corporation')).toContainText('2021-03-12');
    await expect(reference.row('AO Kaspersky Lab')).toContainText('2022-03-25');
    const audit = await readStore<AuditRow>(page, 'auditLog');
    const seeded = audit.filter((event) => event.table === 'referenceEntries');
    expect(seeded).toHaveLength(10);
    expect(seeded.every((event) => event.action === 'create' && event.actor === 'system')).toBe(true);
  });

  await test.step('an entry without a name is refused with a message, and nothing is written', async () => {
    await reference.edit('ZTE Corporation');
    await reference.name.fill(' ');
    await reference.saveEntry.click();
    await expect(reference.name).toHaveAccessibleDescription(/required/i);
    const audit = await readStore<AuditRow>(page, 'auditLog');
    expect(audit.filter((event) => event.action === 'update')).toEqual([]);
    await reference.name.fill('ZTE Corporation');
  });

  await test.step('the corrected date is saved, audited, and shown after a reload', async () => {
    await reference.since.fill('2021-03-15');
    await reference.saveEntry.click();
    await expect(reference.form).toBeHidden();
    await expect(reference.row('ZTE Corporation')).toContainText('2021-03-15');
    await page.reload();
    await expect(reference.row('ZTE Corporation')).toContainText('2021-03-15');
    const entries = await readStore<ReferenceRow>(page, 'referenceEntries');
    const zte = entries.find((entry) => entry.name === 'ZTE Corporation');
    expect(zte?.since).toBe('2021-03-15');
    const audit = await readStore<AuditRow>(page, 'auditLog');
    const update = audit.find((event) => event.recordId === zte?.id && event.action === 'update');
    expect(update?.changes?.since).toEqual(['2021-03-12', '2021-03-15']);
  });

  await test.step('a deleted built-in entry stays deleted after a reload, until restored', async () => {
    await reference.delete('Dahua Technology Company');
    await page.reload();
    await expect(reference.row('ZTE Corporation')).toBeVisible();
    await expect(reference.row('Dahua Technology Company')).toHaveCount(0);
    await reference.restore.click();
    await expect(page.getByText('1 built-in entry restored.')).toBeVisible();
    await expect(reference.row('Dahua Technology Company')).toContainText('2021-03-12');
    await expect(reference.row('ZTE Corporation')).toContainText('2021-03-15');
  });
});
