import type { Page } from '@playwright/test';
import { storedDependency, storedVendor } from '../unit/fixtures/records';
import { expect, readStore, test } from './fixtures';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyForm } from './pages/DependencyForm';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';
import { holdStore, seedStores } from './pages/workspace-store';

// More records than a list's first rows (60), stored in no particular order; the lists sort them by name,
// numbers by value ("Carrier 2" before "Carrier 10").
const vendors = Array.from({ length: 150 }, (_, index) => storedVendor(`Carrier ${150 - index}`));
const dependencies = Array.from({ length: 300 }, (_, index) =>
  storedDependency(`Link ${300 - index}`, (vendors[index % vendors.length] as { id: string }).id),
);
const vendorOf = (dependencyName: string): string => {
  const dependency = dependencies.find(({ name }) => name === dependencyName);
  return vendors.find(({ id }) => id === dependency?.vendorId)?.name ?? '';
};
const firstNames = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`);

/** The workspace is written straight to the database, then a list is opened once, as it was on a former day. */
const seedWorkspace = async (page: Page, list: VendorsPage | DependenciesPage, total: string) => {
  await page.goto('./');
  await seedStores(page, { vendors, dependencies });
  await list.open();
  await page.reload();
  await expect(list.rowCount(total)).toBeVisible();
};

test('the vendor list opens on its first rows, then sorts, filters and follows changes over every vendor', async ({
  page,
  context,
}) => {
  const list = new VendorsPage(page);
  await test.step('a workspace of 150 vendors and 300 dependencies, listed once before', () =>
    seedWorkspace(page, list, '150 rows'));

  const otherTab = await context.newPage();
  await otherTab.goto('./#/settings');

  await test.step('opened while the dependencies are slow to read: the first vendors show, nothing claims more', async () => {
    const release = await holdStore(otherTab, 'dependencies');
    await page.reload();
    await expect(list.row('Carrier 1')).toBeVisible();
    expect((await list.rowNames()).slice(0, 5)).toEqual(firstNames('Carrier', 5));
    await expect(list.rowCount('First rows shown; reading the rest of the list…')).toBeVisible();
    await expect(list.row('Carrier 1').getByRole('cell', { name: 'Loading…' })).toBeVisible();
    await expect(list.search).toBeDisabled();
    await expect(list.sortButton('Name')).toBeDisabled();
    await release();
  });

  await test.step('once every vendor is in: the count, the dependency counts, sorting and search', async () => {
    await expect(list.rowCount('150 rows')).toBeVisible();
    await expect(list.row('Carrier 1').getByRole('cell', { name: '2', exact: true })).toBeVisible();
    await list.sortButton('Name').click();
    await list.sortButton('Name').click();
    await expect(list.table.getByRole('columnheader', { name: 'Name', exact: true })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect((await list.rowNames()).slice(0, 3)).toEqual(['Carrier 150', 'Carrier 149', 'Carrier 148']);
    await list.search.fill('Carrier 149');
    await expect(list.rowCount('1 row')).toBeVisible();
    await expect(list.row('Carrier 149')).toBeVisible();
    await list.search.fill('');
  });

  await test.step('a vendor renamed in another window shows in the list, which is still live', async () => {
    const carrier2 = vendors.find(({ name }) => name === 'Carrier 2') as { id: string };
    const form = new VendorForm(otherTab);
    await otherTab.goto(`./#/vendors/${carrier2.id}/edit`);
    await form.name.fill('Carrier 2 renamed');
    await form.saveAndConfirm('Carrier 2 renamed');
    await list.search.fill('renamed');
    await expect(list.row('Carrier 2 renamed')).toBeVisible();
    await expect(list.rowCount('1 row')).toBeVisible();
    const stored = await readStore<{ id: string; name: string }>(page, 'vendors');
    expect(stored.find(({ id }) => id === carrier2.id)?.name).toBe('Carrier 2 renamed');
  });
});

test('the dependency list opens on its first rows with their vendors, then sorts, filters and follows changes', async ({
  page,
  context,
}) => {
  const list = new DependenciesPage(page);
  await test.step('a workspace of 150 vendors and 300 dependencies, listed once before', () =>
    seedWorkspace(page, list, '300 rows'));

  await test.step('opened again: the first dependencies in name order, each with its vendor', async () => {
    await page.reload();
    await expect(list.row('Link 1')).toBeVisible();
    expect((await list.rowNames()).slice(0, 5)).toEqual(firstNames('Link', 5));
    await expect(
      list.row('Link 1').getByRole('link', { name: vendorOf('Link 1'), exact: true }),
    ).toBeVisible();
  });

  await test.step('once every dependency is in: the count, sorting and search over all of them', async () => {
    await expect(list.rowCount('300 rows')).toBeVisible();
    await list.sortButton('Name').click();
    await list.sortButton('Name').click();
    expect((await list.rowNames()).slice(0, 3)).toEqual(['Link 300', 'Link 299', 'Link 298']);
    await list.search.fill('Link 299');
    await expect(list.rowCount('1 row')).toBeVisible();
    await expect(list.row('Link 299')).toBeVisible();
    await list.search.fill('');
  });

  await test.step('a dependency renamed in another window shows in the list, which is still live', async () => {
    const link2 = dependencies.find(({ name }) => name === 'Link 2') as { id: string };
    const otherTab = await context.newPage();
    const form = new DependencyForm(otherTab);
    await otherTab.goto(`./#/dependencies/${link2.id}/edit`);
    await form.name.fill('Link 2 renamed');
    await form.saveAndConfirm('Link 2 renamed');
    await list.search.fill('renamed');
    await expect(list.row('Link 2 renamed')).toBeVisible();
    await expect(list.rowCount('1 row')).toBeVisible();
    const stored = await readStore<{ id: string; name: string }>(page, 'dependencies');
    expect(stored.find(({ id }) => id === link2.id)?.name).toBe('Link 2 renamed');
  });
});
