import { expect, readStore, test } from './fixtures';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyDeleteDialog } from './pages/DependencyDeleteDialog';
import { DependencyDetailPage } from './pages/DependencyDetailPage';
import { DependencyForm } from './pages/DependencyForm';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface DependencyRow {
  id: string;
  name: string;
  vendorId: string;
  kind: string;
  domain: string;
  criticality: number;
  substitutability: string;
  footprintPct?: number;
  exitMonths?: number;
  vendorRemoteAccess: boolean;
  dataLocations: string[];
  upstreamIds: string[];
  tags: string[];
}
interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
}

test('dependencies are recorded through the form, linked in a cycle, filtered, deleted and audited', async ({
  page,
}) => {
  // One user journey through every screen of the section: longer than the default budget allows.
  test.slow();
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const list = new DependenciesPage(page);
  const form = new DependencyForm(page);
  const detail = new DependencyDetailPage(page);

  await test.step('an empty workspace offers to add the first dependency', async () => {
    await list.open();
    await expect(list.addFirstDependency).toBeVisible();
  });

  await test.step('create a vendor through the vendor form', async () => {
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Nordic Core AB');
    await vendorForm.chooseCountry('Sweden');
    await vendorForm.saveAndConfirm('Nordic Core AB');
  });

  await test.step('the vendor page starts a dependency with that vendor chosen', async () => {
    await page.getByRole('link', { name: 'Add a dependency' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New dependency' })).toBeVisible();
    await expect(form.vendor).toHaveValue('Nordic Core AB');
  });

  await test.step('fill every field of the first dependency by its label and save', async () => {
    await form.name.fill('Packet core');
    await form.choose(form.kind, 'Software');
    await form.choose(form.domain, 'Core network');
    await form.choose(form.criticality, '5 — Vital');
    await expect(form.criticality).toHaveAccessibleDescription('The network stops without it.');
    await form.choose(form.substitutability, 'Hard');
    await form.footprintPct.fill('80');
    await form.exitMonths.fill('24');
    await form.remoteAccess.check();
    await form.search(form.dataLocations, 'Swed', 'Sweden');
    await form.addTag('epc');
    await form.saveAndConfirm('Packet core');
    await expect(detail.facts).toContainText('Nordic Core AB');
    await expect(detail.facts).toContainText('24 months');
    await expect(detail.upstream).toContainText('Relies on no other recorded dependency.');
  });

  await test.step('a missing choice is named and nothing is written', async () => {
    await list.open();
    await list.newDependency.click();
    await form.name.fill('Subscriber database');
    await form.search(form.vendor, 'Nordic', 'Nordic Core AB');
    await form.choose(form.kind, 'Standard');
    await form.choose(form.domain, 'Core network');
    await form.choose(form.substitutability, 'None');
    await form.save.click();
    await expect(page.getByText('Choose a criticality from 1 (marginal) to 5')).toBeVisible();
    expect(await readStore(page, 'dependencies')).toHaveLength(1);
  });

  await test.step('the second dependency relies on the first', async () => {
    await form.choose(form.criticality, '4 — Major');
    await form.search(form.upstream, 'Packet', 'Packet core — Nordic Core AB');
    await form.saveAndConfirm('Subscriber database');
    await expect(detail.upstream.getByRole('link', { name: 'Packet core' })).toBeVisible();
    await expect(detail.reliedOnBy).toContainText('No other dependency relies on this one.');
  });

  await test.step('the first one says what relies on it, then relies on the second in turn: a cycle', async () => {
    await detail.upstream.getByRole('link', { name: 'Packet core' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Packet core' })).toBeVisible();
    await expect(detail.reliedOnBy.getByRole('link', { name: 'Subscriber database' })).toBeVisible();
    await detail.edit.click();
    await form.search(form.upstream, 'Subscriber', 'Subscriber database');
    await form.saveAndConfirm('Packet core');
    await expect(detail.upstream.getByRole('link', { name: 'Subscriber database' })).toBeVisible();
    await expect(detail.reliedOnBy.getByRole('link', { name: 'Subscriber database' })).toBeVisible();
    await detail.upstream.getByRole('link', { name: 'Subscriber database' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Subscriber database' })).toBeVisible();
    await expect(detail.upstream.getByRole('link', { name: 'Packet core' })).toBeVisible();
    await expect(detail.reliedOnBy.getByRole('link', { name: 'Packet core' })).toBeVisible();
  });

  await test.step('the list shows both with their vendor, and its filters narrow it', async () => {
    await list.open();
    await expect(list.row('Packet core')).toContainText('Nordic Core AB');
    await expect(list.row('Packet core')).toContainText('Software');
    await expect(list.row('Packet core')).toContainText('5 — Vital');
    await expect(list.row('Packet core')).toContainText('Yes');
    await expect(list.row('Subscriber database')).toContainText('Standard');
    await list.filterBy('Kind', 'Standard');
    await expect(list.row('Subscriber database')).toBeVisible();
    await expect(list.row('Packet core')).toHaveCount(0);
    await list.clearFilters.click();
    await list.filterBy('Vendor remote access', 'With remote access');
    await expect(list.row('Packet core')).toBeVisible();
    await expect(list.row('Subscriber database')).toHaveCount(0);
    await list.search.fill('epc');
    await expect(list.row('Packet core')).toBeVisible();
    await list.search.fill('no such dependency');
    await expect(list.table).toContainText('No dependency matches these filters');
    await list.clearFilters.click();
    await expect(list.row('Subscriber database')).toBeVisible();
  });

  const stored = await readStore<DependencyRow>(page, 'dependencies');
  const core = stored.find((row) => row.name === 'Packet core');
  const subscribers = stored.find((row) => row.name === 'Subscriber database');
  if (!core || !subscribers) throw new Error('the dependencies were not saved');

  await test.step('deleting says which links go, asks first, and unlinks the other side', async () => {
    await list.openDependency('Subscriber database');
    await detail.delete.click();
    const dialog = new DependencyDeleteDialog(page, 'Subscriber database');
    await expect(dialog.dialog).toContainText('1 dependency no longer lists it as upstream.');
    await dialog.cancel.click();
    await expect(dialog.dialog).toBeHidden();
    expect(await readStore(page, 'dependencies')).toHaveLength(2);
    await detail.delete.click();
    await dialog.confirm.click();
    await expect(page.getByText('Subscriber database deleted.')).toBeVisible();
    await expect(list.heading).toBeVisible();
    await expect(list.row('Subscriber database')).toHaveCount(0);
  });

  await test.step('after a reload everything is persisted and every change is in the audit trail', async () => {
    await page.reload();
    await expect(list.row('Packet core')).toBeVisible();
    const remaining = await readStore<DependencyRow>(page, 'dependencies');
    expect(remaining).toEqual([
      expect.objectContaining({
        id: core.id,
        name: 'Packet core',
        kind: 'software',
        domain: 'core',
        criticality: 5,
        substitutability: 'hard',
        footprintPct: 80,
        exitMonths: 24,
        vendorRemoteAccess: true,
        dataLocations: ['SE'],
        upstreamIds: [],
        tags: ['epc'],
      }),
    ]);
    const audit = (await readStore<AuditRow>(page, 'auditLog'))
      .filter((event) => event.table === 'dependencies')
      .sort((a, b) => a.at.localeCompare(b.at));
    const described = audit.map((event) => `${event.action}:${event.recordId}`);
    expect(described.slice(0, 3)).toEqual([
      `create:${core.id}`,
      `create:${subscribers.id}`,
      `update:${core.id}`,
    ]);
    expect(audit[2]?.changes?.upstreamIds).toEqual([[], [subscribers.id]]);
    // The deletion unlinks the other side and removes the record in one transaction (same instant).
    expect(described.slice(3).sort()).toEqual([`delete:${subscribers.id}`, `update:${core.id}`]);
    const unlink = audit.slice(3).find((event) => event.action === 'update');
    expect(unlink?.changes?.upstreamIds).toEqual([[subscribers.id], []]);
  });

  await test.step('a link to the deleted dependency says it is gone', async () => {
    await page.goto(`./#/dependencies/${subscribers.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Dependency not found' })).toBeVisible();
  });
});

test('a save that fails keeps what was typed and says why', async ({ page }) => {
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const list = new DependenciesPage(page);
  const form = new DependencyForm(page);

  await test.step('start a dependency for a vendor', async () => {
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Short-lived Vendor');
    await vendorForm.chooseCountry('France');
    await vendorForm.saveAndConfirm('Short-lived Vendor');
    await list.open();
    await list.newDependency.click();
    await form.name.fill('Edge routers');
    await form.search(form.vendor, 'Short', 'Short-lived Vendor');
    await form.choose(form.kind, 'Hardware');
    await form.choose(form.domain, 'Transport');
    await form.choose(form.criticality, '3 — Significant');
    await form.choose(form.substitutability, 'Moderate');
  });

  await test.step('the vendor disappears meanwhile (deleted elsewhere), and the save is refused', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('diligence-workbench');
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('vendors', 'readwrite');
            tx.objectStore('vendors').clear();
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(tx.error?.message ?? 'write failed'));
          };
          request.onerror = () => reject(new Error(request.error?.message ?? 'open failed'));
        }),
    );
    await form.save.click();
    await expect(page.getByText(/The dependency was not saved: .*vendor no longer exists/)).toBeVisible();
    await expect(form.name).toHaveValue('Edge routers');
    await expect(page.getByRole('heading', { level: 1, name: 'New dependency' })).toBeVisible();
    expect(await readStore(page, 'dependencies')).toEqual([]);
  });
});
