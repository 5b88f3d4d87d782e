import { expect, readStore, test } from './fixtures';
import { ImportPage } from './pages/ImportPage';
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
