import type { Page } from '@playwright/test';
import { expect, readStore, test } from './fixtures';
import { DashboardPage } from './pages/DashboardPage';
import { ConcentrationSection } from './pages/ConcentrationSection';
import { DependenciesPage } from './pages/DependenciesPage';
import { DependencyDetailPage } from './pages/DependencyDetailPage';
import { DependencyForm } from './pages/DependencyForm';
import { ImportPage } from './pages/ImportPage';
import { VendorDetailPage } from './pages/VendorDetailPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

interface VendorRow {
  id: string;
  name: string;
  hqCountry: string;
  sovereignty: Record<string, number | null | string>;
}
interface DependencyRow {
  id: string;
  name: string;
  vendorId: string;
  domain: string;
  criticality: number;
  upstreamIds: string[];
}
interface AuditRow {
  at: string;
  table: string;
  recordId: string;
  action: string;
  changes?: Record<string, [unknown, unknown]>;
  records?: Array<{ table: string; recordId: string; action: string }>;
}

const ran = 'Radio access network (RAN)';
const importHeader = 'name,hqCountry,ownership';

/** The audit trail of one table, oldest first (the seeded reference data writes events of its own). */
const auditOf = async (page: Page, table: string): Promise<AuditRow[]> =>
  (await readStore<AuditRow>(page, 'auditLog'))
    .filter((event) => event.table === table)
    .sort((a, b) => a.at.localeCompare(b.at));

/**
 * The journey, step by step: create a vendor and two dependencies through the forms by their
 * labels; rate the sovereignty criteria and see the level change; see the concentration table update;
 * import a CSV with one bad row and see the row-level error with nothing written, fix it and import;
 * reload and find everything persisted.
 */
test('the full journey: forms, ratings, concentration, exposure, an import with a bad row, and a reload', async ({
  page,
}) => {
  // Every screen of the app in one journey: longer than the default budget allows.
  test.slow();
  const vendors = new VendorsPage(page);
  const vendorForm = new VendorForm(page);
  const vendorPage = new VendorDetailPage(page);
  const dependencies = new DependenciesPage(page);
  const dependencyForm = new DependencyForm(page);
  const dependencyPage = new DependencyDetailPage(page);
  const concentration = new ConcentrationSection(page);
  const dashboard = new DashboardPage(page);
  const importer = new ImportPage(page);

  await test.step('create the vendors Alpha (Finland) and Beta (China) through the vendor form', async () => {
    for (const [name, country] of [
      ['Alpha', 'Finland'],
      ['Beta', 'China'],
    ] as const) {
      await vendors.open();
      await vendors.newVendor.click();
      await vendorForm.name.fill(name);
      await vendorForm.chooseCountry(country);
      await vendorForm.saveAndConfirm(name);
      await expect(vendorPage.level('Unrated')).toBeVisible();
    }
  });

  await test.step('create "Alpha baseband" (Alpha, RAN, criticality 5) through the dependency form', async () => {
    await dependencies.open();
    await dependencies.newDependency.click();
    await dependencyForm.name.fill('Alpha baseband');
    await dependencyForm.search(dependencyForm.vendor, 'Alpha', 'Alpha');
    await dependencyForm.choose(dependencyForm.kind, 'Hardware');
    await dependencyForm.choose(dependencyForm.domain, ran);
    await dependencyForm.choose(dependencyForm.criticality, '5 — Vital');
    await dependencyForm.choose(dependencyForm.substitutability, 'Hard');
    await dependencyForm.saveAndConfirm('Alpha baseband');
  });

  await test.step('create "Beta radio" (Beta, RAN, criticality 3) relying on Alpha baseband', async () => {
    await dependencies.open();
    await dependencies.newDependency.click();
    await dependencyForm.name.fill('Beta radio');
    await dependencyForm.search(dependencyForm.vendor, 'Beta', 'Beta');
    await dependencyForm.choose(dependencyForm.kind, 'Hardware');
    await dependencyForm.choose(dependencyForm.domain, ran);
    await dependencyForm.choose(dependencyForm.criticality, '3 — Significant');
    await dependencyForm.choose(dependencyForm.substitutability, 'Moderate');
    await dependencyForm.search(dependencyForm.upstream, 'Alpha', 'Alpha baseband — Alpha');
    await dependencyForm.saveAndConfirm('Beta radio');
    await expect(dependencyPage.upstream.getByRole('link', { name: 'Alpha baseband' })).toBeVisible();
  });

  await test.step('the Dependencies screen shows RAN highly concentrated: HHI 5,313 = 62.5² + 37.5²', async () => {
    await dependencies.open();
    await expect(dependencies.row('Beta radio')).toBeVisible();
    await expect(concentration.domainFigures(ran)).toHaveText([
      '2',
      'Alpha (62.5%)',
      '5,313',
      'Highly concentrated',
    ]);
    await expect(concentration.chart).toHaveAccessibleName(
      'HHI per network domain: Radio access network (RAN) 5,313 (Highly concentrated).',
    );
    await expect(concentration.sharesToggle(ran)).toHaveAttribute('aria-expanded', 'false');
    await concentration.openShares(ran);
    await expect(concentration.sharesToggle(ran)).toHaveAttribute('aria-expanded', 'true');
    await expect(concentration.shareRow(ran, 'Alpha').getByRole('cell')).toHaveText([
      'Alpha',
      '1',
      '5 of 8',
      '62.5%',
      '3,906',
    ]);
    await expect(concentration.shareRow(ran, 'Beta').getByRole('cell')).toHaveText([
      'Beta',
      '1',
      '3 of 8',
      '37.5%',
      '1,406',
    ]);
  });

  await test.step('raising Beta radio to criticality 5 evens the shares: HHI 5,000', async () => {
    await dependencies.openDependency('Beta radio');
    await dependencyPage.edit.click();
    await dependencyForm.choose(dependencyForm.criticality, '5 — Vital');
    await dependencyForm.saveAndConfirm('Beta radio');
    await dependencies.open();
    await expect(concentration.domainFigures(ran)).toHaveText([
      '2',
      /\(50%\)$/,
      '5,000',
      'Highly concentrated',
    ]);
    await concentration.openShares(ran);
    await expect(concentration.shareRow(ran, 'Beta').getByRole('cell')).toHaveText([
      'Beta',
      '1',
      '5 of 10',
      '50%',
      '2,500',
    ]);
  });

  await test.step("rating Beta's C1a 4 (severe) takes its level from Unrated to Critical", async () => {
    await vendors.open();
    await vendors.openVendor('Beta');
    await expect(vendorPage.level('Unrated')).toBeVisible();
    await vendorPage.rate('C1a', 4);
    await expect(vendorPage.level('Critical')).toBeVisible();
    await expect(vendorPage.sovereignty).toContainText('Set by C1a, rated 4');
    await vendorPage.saveProfile();
    await vendors.open();
    await expect(vendors.row('Beta')).toContainText('Critical');
    await expect(vendors.row('Alpha')).toContainText('Unrated');
  });

  await test.step('the Dashboard: 1 of the 2 critical dependencies is exposed to a high-risk vendor', async () => {
    // Both dependencies are critical (5). Beta radio is Beta's own, and Beta is Critical; Alpha baseband
    // relies on nothing of Beta's (the link runs the other way), and Alpha is unrated: 1 of 2.
    await dashboard.open();
    await expect(dashboard.vendors).toHaveText(/^Vendors\s*2$/);
    await expect(dashboard.dependencies).toHaveText(/^Dependencies\s*2$/);
    await expect(dashboard.criticalExposure).toContainText('1 of 2');
    await expect(dashboard.criticalExposure).toContainText('50% of critical dependencies');
    await expect(dashboard.levelCounts).toHaveText([/^Critical\s*1$/, /^Unrated\s*1$/]);
    await expect(dashboard.concentration.domainFigures(ran)).toHaveText([
      '2',
      /\(50%\)$/,
      '5,000',
      'Highly concentrated',
    ]);
  });

  await test.step("Alpha's page lists Beta radio as exposed to Alpha through Alpha baseband", async () => {
    await vendors.open();
    await vendors.openVendor('Alpha');
    await expect(
      vendorPage.directExposure('Alpha').getByRole('link', { name: 'Alpha baseband' }),
    ).toBeVisible();
    await expect(vendorPage.directExposure('Alpha').getByRole('link', { name: 'Beta radio' })).toHaveCount(0);
    const indirect = vendorPage.indirectExposure('Alpha').getByRole('row', { name: /^Beta radio/ });
    await expect(indirect.getByRole('cell')).toHaveText(['Beta radio', 'Beta', 'Alpha baseband', ran, '5']);
    await expect(vendorPage.neighbourhoodGraph).toHaveAccessibleName(
      /^Graph of 2 vendors and 2 dependencies around Alpha, 3 links\./,
    );
    // One link followed: Alpha and its own dependency only; Beta radio is two links away.
    await vendorPage.neighbourhoodDepth.fill('1');
    await expect(vendorPage.neighbourhoodGraph).toHaveAccessibleName(
      /^Graph of 1 vendor and 1 dependency around Alpha, 1 link\./,
    );
  });

  await test.step('a vendors CSV with a bad country code is refused row by row, and nothing is written', async () => {
    await importer.open('vendors');
    await importer.chooseCsv('more-vendors.csv', [importHeader, 'Gamma,DE,listed', 'Delta,XX,private']);
    await expect(
      importer.problem('Row 3, hqCountry “XX”: Choose a country (ISO 3166-1 two-letter code).'),
    ).toBeVisible();
    await expect(importer.importButton).toBeDisabled();
    expect(await readStore(page, 'vendors')).toHaveLength(2);
  });

  await test.step('the fixed file imports both vendors', async () => {
    await importer.chooseCsv('more-vendors.csv', [importHeader, 'Gamma,DE,listed', 'Delta,SE,private']);
    await expect(page.getByText('No problems found.')).toBeVisible();
    await importer.importButton.click();
    await expect(page.getByText('Imported 2 vendors: 2 new, 0 updated.')).toBeVisible();
    expect(await readStore(page, 'vendors')).toHaveLength(4);
  });

  await test.step('after a reload everything is listed, stored, and in the audit trail', async () => {
    await vendors.open();
    await page.reload();
    for (const name of ['Alpha', 'Beta', 'Gamma', 'Delta']) await expect(vendors.row(name)).toBeVisible();
    await expect(vendors.row('Beta')).toContainText('Critical');
    await dependencies.open();
    await expect(dependencies.row('Alpha baseband')).toContainText('Alpha');
    await expect(dependencies.row('Beta radio')).toContainText('5 — Vital');
    await expect(concentration.domainFigures(ran)).toHaveText([
      '2',
      /\(50%\)$/,
      '5,000',
      'Highly concentrated',
    ]);

    const storedVendors = await readStore<VendorRow>(page, 'vendors');
    const vendorNamed = (name: string) => storedVendors.find((vendor) => vendor.name === name);
    expect(storedVendors.map((vendor) => `${vendor.name} ${vendor.hqCountry}`).sort()).toEqual([
      'Alpha FI',
      'Beta CN',
      'Delta SE',
      'Gamma DE',
    ]);
    expect(vendorNamed('Beta')?.sovereignty).toMatchObject({ c1a: 4, c1b: null, c2: null });

    const storedDependencies = await readStore<DependencyRow>(page, 'dependencies');
    const baseband = storedDependencies.find((dependency) => dependency.name === 'Alpha baseband');
    expect(storedDependencies).toHaveLength(2);
    expect(baseband).toMatchObject({ vendorId: vendorNamed('Alpha')?.id, domain: 'ran', criticality: 5 });
    expect(storedDependencies.find((dependency) => dependency.name === 'Beta radio')).toMatchObject({
      vendorId: vendorNamed('Beta')?.id,
      domain: 'ran',
      criticality: 5,
      upstreamIds: [baseband?.id],
    });

    const names = new Map(
      [...storedVendors, ...storedDependencies].map((record) => [record.id, record.name] as const),
    );
    const described = (events: Array<Pick<AuditRow, 'action' | 'recordId'>>) =>
      events.map((event) => `${event.action}:${names.get(event.recordId)}`);
    const vendorAudit = await auditOf(page, 'vendors');
    expect(described(vendorAudit.slice(0, 3))).toEqual(['create:Alpha', 'create:Beta', 'update:Beta']);
    expect(vendorAudit[2]?.changes?.sovereignty?.[1]).toMatchObject({ c1a: 4 });
    // The import is one event naming its file and listing both vendors it created (in no told order).
    const imported = vendorAudit.slice(3);
    expect(imported.map((event) => `${event.action}:${event.recordId}`)).toEqual(['import:more-vendors.csv']);
    expect(described(imported[0]?.records ?? []).sort()).toEqual(['create:Delta', 'create:Gamma']);
    const dependencyAudit = await auditOf(page, 'dependencies');
    expect(described(dependencyAudit)).toEqual([
      'create:Alpha baseband',
      'create:Beta radio',
      'update:Beta radio',
    ]);
    expect(dependencyAudit[2]?.changes?.criticality).toEqual([3, 5]);
  });
});
