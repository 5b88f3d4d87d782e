import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { VendorDeleteDialog } from './pages/VendorDeleteDialog';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface VendorRow {
  id: string;
  name: string;
  hqCountry: string;
  ownership: string;
  parentVendorId?: string;
  listings: { list: string; since?: string }[];
  sovereignty: Record<string, number | null | string>;
}
interface DependencyRow {
  id: string;
  vendorId: string;
}
interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
}

const createVendor = async (page: Page, name: string, country: string): Promise<void> => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  await vendors.open();
  await vendors.newVendor.click();
  await form.name.fill(name);
  await form.chooseCountry(country);
  await form.saveAndConfirm(name);
};

test('a vendor is created through the form, rated, and its level explained and persisted', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  const detail = new VendorDetailPage(page);

  await test.step('an empty workspace offers to add the first vendor', async () => {
    await vendors.open();
    await vendors.addFirstVendor.click();
    await expect(page.getByRole('heading', { level: 1, name: 'New vendor' })).toBeVisible();
  });

  await test.step('fill the form by its labels and save', async () => {
    await form.name.fill('Aurora Radio Systems');
    await form.legalName.fill('Aurora Radio Systems Oy');
    await form.chooseCountry('Finland');
    await form.choose(form.ownership, 'State-influenced');
    await form.stateOwnershipPct.fill('12');
    await form.tags.fill('ran');
    await form.tags.press('Enter');
    await form.saveAndConfirm('Aurora Radio Systems');
  });

  await test.step('the vendor is in the list, unrated, and opens from its name', async () => {
    await page.getByRole('link', { name: '← All vendors' }).click();
    await expect(vendors.row('Aurora Radio Systems')).toContainText('Finland');
    await expect(vendors.row('Aurora Radio Systems')).toContainText('State-influenced');
    await expect(vendors.row('Aurora Radio Systems')).toContainText('Unrated');
    await vendors.openVendor('Aurora Radio Systems');
    await expect(detail.explanation.first()).toContainText('No criterion is rated yet');
  });

  await test.step('rating a criterion changes the level before saving, and says which criterion set it', async () => {
    await detail.rate('C1a', 3);
    await expect(detail.level('High')).toBeVisible();
    await expect(detail.sovereignty).toContainText('Set by C1a, rated 3 (High)');
    await expect(detail.sovereignty).toContainText('Index 75 out of 100');
    await detail.rate('C2', 1);
    await expect(detail.sovereignty).toContainText('the mean of the 2 rated criteria (of 6)');
    await expect(detail.sovereignty).toContainText('Index 50 out of 100');
    await detail.rate('C1a', 1);
    await expect(detail.level('Low')).toBeVisible();
    await expect(detail.sovereignty).toContainText('Set by C1a and C2, each rated 1 (Low)');
    await detail.rationale.fill('Minor state stake; resilient supply.');
    await detail.saveProfile();
  });

  await test.step('a listing raises the level to High, and the explanation says so', async () => {
    await detail.edit.click();
    await form.addListingEntry('US Entity List', '2024-05-01');
    await form.saveAndConfirm('Aurora Radio Systems');
    await expect(detail.level('High')).toBeVisible();
    await expect(detail.sovereignty).toContainText(
      'The ratings alone give Low; the vendor is on the US Entity List, which raises it to High.',
    );
  });

  await test.step('after a reload everything is persisted, ratings included', async () => {
    await page.reload();
    await expect(detail.level('High')).toBeVisible();
    await expect(detail.criterion('C1a').getByRole('radio', { name: /^1 · / })).toBeChecked();
    const [stored] = await readStore<VendorRow>(page, 'vendors');
    expect(stored).toMatchObject({
      name: 'Aurora Radio Systems',
      hqCountry: 'FI',
      ownership: 'state-influenced',
      stateOwnershipPct: 12,
      tags: ['ran'],
      listings: [{ list: 'us-entity-list', since: '2024-05-01' }],
      sovereignty: {
        c1a: 1,
        c1b: null,
        c2: 1,
        rationale: 'Minor state stake; resilient supply.',
      },
    });
  });

  await test.step('each save is in the audit trail', async () => {
    // The store is keyed by random ids: order the events by time. The built-in reference entries seeded at
    // the first start have their own events, left out here.
    const audit = (await readStore<AuditRow>(page, 'auditLog'))
      .filter((event) => event.table === 'vendors')
      .sort((a, b) => a.at.localeCompare(b.at));
    expect(audit.map((event) => `${event.table}:${event.action}`)).toEqual([
      'vendors:create',
      'vendors:update',
      'vendors:update',
    ]);
    expect(Object.keys(audit[1]?.changes ?? {})).toEqual(['sovereignty']);
    expect(Object.keys(audit[2]?.changes ?? {})).toEqual(['listings']);
  });

  await test.step('the list filters on the computed level', async () => {
    await vendors.open();
    await vendors.filterByLevel('Critical');
    await expect(vendors.table).toContainText('No vendor matches these filters');
    await vendors.search.fill('aurora');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(vendors.row('Aurora Radio Systems')).toBeVisible();
  });
});

test('the LEI checksum is checked and the message shown', async ({ page }) => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  await vendors.open();
  await vendors.newVendor.click();
  await form.name.fill('Checksum Test');
  await form.chooseCountry('France');
  await form.lei.fill('529900T8BM49AURSDO56');
  await form.save.click();
  await expect(page.getByText('this one does not check out')).toBeVisible();
  expect(await readStore(page, 'vendors')).toEqual([]);
  await form.lei.fill('529900T8BM49AURSDO55');
  await form.saveAndConfirm('Checksum Test');
  expect((await readStore<VendorRow & { lei: string }>(page, 'vendors'))[0]?.lei).toBe(
    '529900T8BM49AURSDO55',
  );
});

test('deleting a vendor that dependencies use requires choosing where they move', async ({ page }) => {
  const vendors = new VendorsPage(page);
  const form = new VendorForm(page);
  const detail = new VendorDetailPage(page);

  await test.step('create a group of vendors through the form', async () => {
    await createVendor(page, 'Old Core Ltd', 'United Kingdom');
    await createVendor(page, 'New Core GmbH', 'Germany');
    await vendors.open();
    await vendors.newVendor.click();
    await form.name.fill('Old Core Services');
    await form.chooseCountry('Ireland');
    await form.choose(page.getByRole('combobox', { name: 'Parent company' }), 'Old Core Ltd');
    await form.saveAndConfirm('Old Core Services');
    await expect(detail.ownershipChain.getByRole('link', { name: 'Old Core Ltd' })).toBeVisible();
  });

  const stored = await readStore<VendorRow>(page, 'vendors');
  const oldCore = stored.find((vendor) => vendor.name === 'Old Core Ltd');
  const newCore = stored.find((vendor) => vendor.name === 'New Core GmbH');
  const subsidiary = stored.find((vendor) => vendor.name === 'Old Core Services');
  if (!oldCore || !newCore || !subsidiary) throw new Error('the vendors were not saved');

  await test.step('a dependency on the old vendor is recorded (written straight to the database)', async () => {
    // The dependency form belongs to another screen; a stored row is all the deletion needs.
    await page.evaluate(
      (vendorId) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('diligence-workbench');
          request.onsuccess = () => {
            const db = request.result;
            const now = new Date().toISOString();
            const tx = db.transaction('dependencies', 'readwrite');
            tx.objectStore('dependencies').put({
              id: crypto.randomUUID(),
              name: 'Packet core',
              vendorId,
              kind: 'software',
              domain: 'core',
              criticality: 5,
              substitutability: 'hard',
              vendorRemoteAccess: false,
              dataLocations: [],
              upstreamIds: [],
              tags: [],
              standards: [],
              notes: '',
              createdAt: now,
              updatedAt: now,
            });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
          };
          request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        }),
      oldCore.id,
    );
    await page.goto(`./#/vendors/${oldCore.id}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Old Core Ltd' })).toBeVisible();
    await expect(detail.ownershipChain).toContainText('1 subsidiary');
  });

  await test.step('the deletion explains what happens and waits for a vendor to move the dependency to', async () => {
    await detail.delete.click();
    const dialog = new VendorDeleteDialog(page, 'Old Core Ltd');
    await expect(dialog.dialog).toContainText('1 dependency uses this vendor: choose the vendor it moves to');
    await expect(dialog.dialog).toContainText('1 subsidiary loses its parent company link.');
    await expect(dialog.confirm).toBeDisabled();
    await dialog.cancel.click();
    await expect(dialog.dialog).toBeHidden();
    expect(await readStore(page, 'vendors')).toHaveLength(3);

    await detail.delete.click();
    await dialog.chooseTarget('New Core GmbH');
    await expect(dialog.dialog).toContainText('1 dependency moves to New Core GmbH.');
    await dialog.confirm.click();
    await expect(page.getByText('Old Core Ltd deleted.')).toBeVisible();
    await expect(vendors.heading).toBeVisible();
    await expect(vendors.row('Old Core Ltd')).toHaveCount(0);
  });

  await test.step('nothing is left dangling and every change is in the audit trail', async () => {
    const dependencies = await readStore<DependencyRow>(page, 'dependencies');
    expect(dependencies.map((row) => row.vendorId)).toEqual([newCore.id]);
    const remaining = await readStore<VendorRow>(page, 'vendors');
    expect(remaining.map((row) => row.name).sort()).toEqual(['New Core GmbH', 'Old Core Services']);
    expect(remaining.find((row) => row.id === subsidiary.id)?.parentVendorId).toBeUndefined();
    const audit = await readStore<AuditRow>(page, 'auditLog');
    const deletion = audit.filter((event) => event.action !== 'create');
    expect(deletion.map((event) => `${event.table}:${event.action}:${event.recordId}`).sort()).toEqual(
      [
        `dependencies:update:${dependencies[0]?.id}`,
        `vendors:update:${subsidiary.id}`,
        `vendors:delete:${oldCore.id}`,
      ].sort(),
    );
  });
});
