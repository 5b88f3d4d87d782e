import { expect, readStore, test } from './fixtures';
import { ImportPage, importCsv } from './pages/ImportPage';
import { LicencesPage } from './pages/LicencesPage';
import { VendorsPage } from './pages/VendorsPage';

interface VendorRow {
  id: string;
  name: string;
  hqCountry: string;
  parentVendorId?: string;
  jurisdictions: string[];
}

const header = 'name,hqCountry,parentVendor,jurisdictions,ownership';
const goodRows = ['Nordic Radio,FI,Nordic Group,FI; US,listed', 'Nordic Group,fi,,FI,listed'];

test('vendors are imported from a CSV: a bad row blocks it, the fixed file is written, a re-import updates', async ({
  page,
}) => {
  const vendors = new VendorsPage(page);
  const importer = new ImportPage(page);

  await test.step('the vendor list leads to the import, which offers the templates', async () => {
    await vendors.open();
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await expect(importer.heading).toBeVisible();
    const download = page.waitForEvent('download');
    await importer.csvTemplate.click();
    expect((await download).suggestedFilename()).toBe('vendors-import-template.csv');
  });

  await test.step('the XLSX template, chosen as it is, previews its example vendor without problems', async () => {
    const download = page.waitForEvent('download');
    await importer.xlsxTemplate.click();
    const template = await download;
    expect(template.suggestedFilename()).toBe('vendors-import-template.xlsx');
    await importer.file.setInputFiles(await template.path());
    await expect(page.getByText('1 new, 0 updated')).toBeVisible();
    await expect(page.getByText('No problems found.')).toBeVisible();
    expect(await readStore(page, 'vendors')).toEqual([]);
  });

  await test.step('a row with a bad country is shown by row and column, and nothing can be written', async () => {
    await importer.chooseCsv('vendors.csv', [header, goodRows[0] ?? '', 'Nordic Group,XX,,FI,listed']);
    await expect(page.getByText('1 problem to fix before importing.')).toBeVisible();
    await expect(
      importer.problem('Row 3, hqCountry “XX”: Choose a country (ISO 3166-1 two-letter code).'),
    ).toBeVisible();
    await expect(importer.importButton).toBeDisabled();
    expect(await readStore(page, 'vendors')).toEqual([]);
  });

  await test.step('the fixed file previews two new vendors and imports them', async () => {
    await importer.chooseCsv('vendors.csv', [header, ...goodRows]);
    await expect(page.getByText('2 new, 0 updated')).toBeVisible();
    await expect(page.getByText('No problems found.')).toBeVisible();
    expect(await readStore(page, 'vendors')).toEqual([]);
    await importer.importButton.click();
    await expect(page.getByText('Imported 2 vendors: 2 new, 0 updated.')).toBeVisible();
  });

  await test.step('after a reload the vendors are in the list and in the database, linked', async () => {
    await importer.backToList.click();
    await page.reload();
    await expect(vendors.heading).toBeVisible();
    await expect(vendors.row('Nordic Radio')).toBeVisible();
    await expect(vendors.row('Nordic Group')).toBeVisible();
    const stored = await readStore<VendorRow>(page, 'vendors');
    const group = stored.find((row) => row.name === 'Nordic Group');
    expect(stored.find((row) => row.name === 'Nordic Radio')).toMatchObject({
      hqCountry: 'FI',
      parentVendorId: group?.id,
      jurisdictions: ['FI', 'US'],
    });
    expect(group?.hqCountry).toBe('FI');
    // One audit event for the import, listing both vendors.
    const events = await readStore<{ action: string; recordId: string; records?: { recordId: string }[] }>(
      page,
      'auditLog',
    );
    const imports = events.filter((event) => event.action === 'import');
    expect(imports.map((event) => event.recordId)).toEqual(['vendors.csv']);
    expect(imports[0]?.records?.map((record) => record.recordId).sort()).toEqual(
      stored.map((row) => row.id).sort(),
    );
  });

  await test.step('importing the same file again updates the vendors instead of duplicating them', async () => {
    await importer.open();
    await importer.chooseCsv('vendors.csv', [header, ...goodRows]);
    await expect(page.getByText('0 new, 2 updated')).toBeVisible();
    await importer.importButton.click();
    await expect(page.getByText('Imported 2 vendors: 0 new, 2 updated.')).toBeVisible();
    const stored = await readStore<VendorRow>(page, 'vendors');
    expect(stored.map((row) => row.name).sort()).toEqual(['Nordic Group', 'Nordic Radio']);
  });
});

interface LicenceRow {
  title: string;
  type: string;
  spdxExpression?: string;
  clauses: Record<string, string>;
}

const licenceHeader = 'title,type,spdxExpression,auditRights,sourceEscrow';
const licenceRows = [
  'RAN licence,commercial,,yes,no',
  'Core stack,open-source,MIT OR Apache-2.0,partial,unknown',
];

test('licences are imported from a CSV: a bad clause value blocks it, the fixed file is written', async ({
  page,
}) => {
  const licences = new LicencesPage(page);
  const importer = new ImportPage(page, 'Import licences', 'Back to the licences');

  await test.step('the licence register leads to the import', async () => {
    await licences.open();
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await expect(importer.heading).toBeVisible();
  });

  await test.step('a row with a bad clause value is shown by row and column, and nothing can be written', async () => {
    await importer.chooseCsv('licences.csv', [
      licenceHeader,
      licenceRows[0] ?? '',
      'Core stack,open-source,MIT,maybe,no',
    ]);
    await expect(page.getByText('1 problem to fix before importing.')).toBeVisible();
    await expect(
      importer.problem('Row 3, auditRights “maybe”: Choose one of the options offered.'),
    ).toBeVisible();
    await expect(importer.importButton).toBeDisabled();
    expect(await readStore(page, 'licences')).toEqual([]);
  });

  await test.step('the fixed file previews two new licences and imports them', async () => {
    await importer.chooseCsv('licences.csv', [licenceHeader, ...licenceRows]);
    await expect(page.getByText('2 new, 0 updated')).toBeVisible();
    await expect(page.getByText('No problems found.')).toBeVisible();
    await importer.importButton.click();
    await expect(page.getByText('Imported 2 licences: 2 new, 0 updated.')).toBeVisible();
  });

  await test.step('after a reload the licences are in the register and in the database', async () => {
    await importer.backToList.click();
    await page.reload();
    await expect(licences.heading).toBeVisible();
    await expect(licences.row(licences.register, 'RAN licence')).toBeVisible();
    await expect(licences.row(licences.register, 'Core stack')).toBeVisible();
    const stored = await readStore<LicenceRow>(page, 'licences');
    expect(stored.find((row) => row.title === 'Core stack')).toMatchObject({
      type: 'open-source',
      spdxExpression: 'MIT OR Apache-2.0',
      clauses: { auditRights: 'partial', sourceEscrow: 'unknown' },
    });
    expect(stored.find((row) => row.title === 'RAN licence')?.clauses).toMatchObject({
      auditRights: 'yes',
      sourceEscrow: 'no',
    });
  });
});

test('a large import shows the records written and, cancelled midway, writes nothing', async ({ page }) => {
  const importer = new ImportPage(page);
  const rows = Array.from({ length: 20_000 }, (_, index) => `Vendor ${index + 1},DE,,DE,private`);

  await test.step('two vendors already in the workspace', async () => {
    await importCsv(page, 'vendors', [header, ...goodRows]);
  });
  const vendorsBefore = await readStore(page, 'vendors');
  const auditBefore = await readStore(page, 'auditLog');
  expect(vendorsBefore).toHaveLength(2);

  await test.step('the import shows how many records are written, then is cancelled before its end', async () => {
    await importer.open();
    await importer.chooseCsv('many-vendors.csv', [header, ...rows]);
    await importer.importButton.click();
    await expect(importer.writing).toHaveAccessibleName(/^Writing the records: [1-9]\d* of 20000…$/);
    await importer.cancelWriting.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The import was cancelled. Nothing was written.' }),
    ).toBeVisible();
    await expect(importer.importButton).toBeEnabled();
  });

  await test.step('the vendors and the audit log are as they were', async () => {
    expect(await readStore(page, 'vendors')).toEqual(vendorsBefore);
    expect(await readStore(page, 'auditLog')).toEqual(auditBefore);
  });
});
