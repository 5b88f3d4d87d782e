import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import { LicenceForm } from './pages/LicenceForm';
import { LicencesPage } from './pages/LicencesPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface LicenceRow {
  id: string;
  title: string;
  type: string;
  vendorId?: string;
  spdxExpression?: string;
  endDate?: string;
  noticeDays?: number;
  autoRenew: boolean;
  governingLaw?: string;
  clauses: Record<string, string>;
}
interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
}

/** A local calendar day `days` from today, as YYYY-MM-DD. */
const daysAhead = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

const auditOf = async (page: Page, table: string): Promise<AuditRow[]> =>
  (await readStore<AuditRow>(page, 'auditLog'))
    .filter((event) => event.table === table)
    .sort((a, b) => a.at.localeCompare(b.at));

test('licences are recorded with their clauses, show their deadlines and an SPDX fix, and are audited', async ({
  page,
}) => {
  test.slow();
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const licences = new LicencesPage(page);
  const form = new LicenceForm(page);
  const endDate = daysAhead(60);

  await test.step('create a vendor through the vendor form', async () => {
    await vendors.open();
    await vendors.newVendor.click();
    await vendorForm.name.fill('Nordic Core AB');
    await vendorForm.chooseCountry('Sweden');
    await vendorForm.saveAndConfirm('Nordic Core AB');
  });

  await test.step('the vendor page starts a licence with that vendor chosen', async () => {
    await page.getByRole('link', { name: 'Add a licence' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();
    await expect(form.vendor).toHaveValue('Nordic Core AB');
  });

  await test.step('fill the licence and its clauses by their labels and save', async () => {
    await form.title.fill('Packet core support');
    await form.choose(form.type, 'Commercial contract');
    await form.endDate.fill(endDate);
    await form.noticeDays.fill('30');
    await form.autoRenew.check();
    await form.chooseCountry('Sweden');
    await form.annualCost.fill('120000');
    await form.currency.fill('eur');
    await expect(form.clause('Audit rights')).toHaveAccessibleDescription(
      'Lets you or a regulator inspect how the vendor builds, supports and secures the product.',
    );
    await form.choose(form.clause('Audit rights'), 'Yes');
    await form.choose(form.clause('Change of control'), 'Partial');
    await form.choose(form.clause('Source code escrow'), 'No');
    await form.saveAndConfirm('Packet core support');
    await expect(page.getByRole('region', { name: 'Terms' })).toContainText('Due soon');
    await expect(page.getByRole('link', { name: 'Nordic Core AB' })).toBeVisible();
  });

  await test.step('an invalid SPDX expression names the fix, is refused, and the fix can be applied', async () => {
    await licences.open();
    await licences.newLicence.click();
    await form.title.fill('Helm charts');
    await form.choose(form.type, 'Open source');
    await form.spdx.fill('mit and apache2');
    await expect(
      page.getByText('This is not a valid SPDX licence expression. Did you mean MIT AND Apache-2.0?'),
    ).toBeVisible();
    await form.save.click();
    await expect(page.getByRole('heading', { level: 1, name: 'New licence' })).toBeVisible();
    await page.getByRole('button', { name: 'Use MIT AND Apache-2.0' }).click();
    await expect(form.spdx).toHaveValue('MIT AND Apache-2.0');
    await expect(page.getByText('Permissive')).toBeVisible();
    await form.saveAndConfirm('Helm charts');
  });

  await test.step('the clause matrix shows each clause in words', async () => {
    await licences.open();
    await licences.showTab('Clause matrix');
    const row = licences.row(licences.matrix, 'Packet core support');
    await expect(row.getByRole('cell')).toHaveText([
      'Packet core support',
      'Unknown',
      'Partial',
      'Unknown',
      'Yes',
      'No',
      'Unknown',
      'Unknown',
      'Unknown',
      'Unknown',
      'Unknown',
    ]);
  });

  await test.step('the deadlines list it as due soon, not as missed', async () => {
    await licences.showTab('Deadlines');
    await expect(licences.dueSoon.getByRole('link', { name: /^Packet core support/ })).toBeVisible();
    await expect(licences.missed).toContainText('No missed notice deadline.');
    await expect(
      licences.timeline.getByRole('link', { name: /Notice deadline: Packet core support/ }),
    ).toBeVisible();
    await expect(licences.timeline.getByRole('link', { name: /Expiry: Packet core support/ })).toBeVisible();
  });

  await test.step('the Dashboard card counts and links it', async () => {
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const card = page.getByRole('region', { name: 'Notice deadlines' });
    await expect(card).toContainText('0 missed, 1 due soon');
    await card.getByRole('link', { name: /^Packet core support/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Packet core support' })).toBeVisible();
  });

  await test.step('after a reload the licences are stored and their creation is audited', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Packet core support' })).toBeVisible();
    const stored = await readStore<LicenceRow>(page, 'licences');
    const contract = stored.find((licence) => licence.title === 'Packet core support');
    expect(contract).toMatchObject({
      type: 'commercial',
      endDate,
      noticeDays: 30,
      autoRenew: true,
      governingLaw: 'SE',
      clauses: { auditRights: 'yes', changeOfControl: 'partial', sourceEscrow: 'no', stepIn: 'unknown' },
    });
    expect(contract?.vendorId).toBeTruthy();
    const helm = stored.find((licence) => licence.title === 'Helm charts');
    expect(helm?.spdxExpression).toBe('MIT AND Apache-2.0');
    const audit = await auditOf(page, 'licences');
    expect(audit.map((event) => `${event.action}:${event.recordId}`)).toEqual([
      `create:${contract?.id}`,
      `create:${helm?.id}`,
    ]);
  });
});
