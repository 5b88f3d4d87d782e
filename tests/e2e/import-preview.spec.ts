import { readFileSync } from 'node:fs';
import { expect, readStore, test } from './fixtures';
import { DataExportsSection } from './pages/DataExportsSection';
import { ImportPage, importCsv } from './pages/ImportPage';

interface VendorRow {
  id: string;
  name: string;
  hqCountry: string;
  tags: string[];
}

interface RiskRow {
  title: string;
  vendorIds: string[];
  actions: { id: string; title: string; owner?: string; dueDate?: string; status: string }[];
}

test('the import preview shows what each row writes, the cells an update changes, and reads an exported workbook back unchanged', async ({
  page,
}, testInfo) => {
  const importer = new ImportPage(page);

  await test.step('two vendors are in the workspace', async () => {
    await importCsv(page, 'vendors', ['name,hqCountry,tags', 'Nordic Radio,FI,ran', 'Nordic Group,SE,']);
  });

  await test.step('a file that changes one, repeats one and adds one shows each row, changed cells described', async () => {
    await importer.open();
    await importer.chooseCsv('update.csv', [
      'name,hqCountry,tags',
      'Nordic Radio,DE,ran; 5g',
      'Nordic Group,SE,',
      'Nordic Labs,FI,lab',
    ]);
    const radio = importer.previewRow('Nordic Radio');
    await expect(radio.getByRole('cell', { name: 'Changed', exact: true })).toBeVisible();
    await expect(radio.getByRole('cell', { name: /^DE/ })).toHaveAccessibleDescription('Changed from “FI”');
    await expect(radio.getByRole('cell', { name: /^ran; 5g/ })).toHaveAccessibleDescription(
      'Changed from “ran”',
    );
    await expect(importer.previewRow('Nordic Group').getByRole('cell', { name: 'Unchanged' })).toBeVisible();
    const labs = importer.previewRow('Nordic Labs');
    await expect(labs.getByRole('cell', { name: 'New', exact: true })).toBeVisible();
    await expect(labs.getByRole('cell', { name: 'lab', exact: true })).not.toHaveAttribute(
      'aria-describedby',
      /.+/,
    );
    await expect(page.getByText('1 row matches its record exactly and changes nothing.')).toBeVisible();
    // Nothing is written by the preview.
    const stored = await readStore<VendorRow>(page, 'vendors');
    expect(stored.find((vendor) => vendor.name === 'Nordic Radio')?.hqCountry).toBe('FI');
    expect(stored).toHaveLength(2);
  });

  await test.step('importing writes what the preview showed', async () => {
    await importer.importButton.click();
    await expect(page.getByText('Imported 3 vendors: 1 new, 2 updated.')).toBeVisible();
    const stored = await readStore<VendorRow>(page, 'vendors');
    expect(stored.find((vendor) => vendor.name === 'Nordic Radio')).toMatchObject({
      hqCountry: 'DE',
      tags: ['ran', '5g'],
    });
    expect(stored.map((vendor) => vendor.name).sort()).toEqual([
      'Nordic Group',
      'Nordic Labs',
      'Nordic Radio',
    ]);
  });

  await test.step('a file of 10,000 rows previews every row, drawing only those in view', async () => {
    await importer.open();
    const lines = Array.from({ length: 10_000 }, (_, index) => `Vendor ${String(index).padStart(5, '0')},FR`);
    await importer.chooseCsv('many.csv', ['name,hqCountry', ...lines]);
    await expect(importer.rows).toHaveAttribute('aria-rowcount', '10001');
    expect(await importer.rows.getByRole('row').count()).toBeLessThan(100);
    await page
      .getByRole('region', { name: 'Rows of the file' })
      .evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
    await expect(importer.previewRow('Vendor 09999')).toBeVisible();
    await expect(importer.previewRow('Vendor 09999').getByRole('cell', { name: '10001' })).toBeVisible();
  });

  await test.step('a risk with its actions is imported from Risks → Import', async () => {
    await page.goto('./#/risks');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    const risks = new ImportPage(page, 'Import risks', 'Back to the risks');
    await expect(risks.heading).toBeVisible();
    await risks.chooseCsv('risks.csv', [
      'Title,Category,Likelihood,Impact,Vendors,Actions',
      'Single RAN vendor,Supply,4,5,Nordic Radio,Qualify a second vendor|Head of RAN|2026-12-31|In progress; Exit clause',
    ]);
    await expect(
      risks.previewRow('Single RAN vendor').getByRole('cell', { name: /^Qualify a second vendor/ }),
    ).toBeVisible();
    await risks.importButton.click();
    await expect(page.getByText('Imported 1 risk: 1 new, 0 updated.')).toBeVisible();
    const [risk] = await readStore<RiskRow>(page, 'risks');
    const radio = (await readStore<VendorRow>(page, 'vendors')).find(
      (vendor) => vendor.name === 'Nordic Radio',
    );
    expect(risk).toMatchObject({
      title: 'Single RAN vendor',
      vendorIds: [radio?.id],
      actions: [
        { title: 'Qualify a second vendor', owner: 'Head of RAN', dueDate: '2026-12-31', status: 'doing' },
        { title: 'Exit clause', status: 'todo' },
      ],
    });
  });

  await test.step('the workbook exported from Reports imports back into Vendors and Risks changing nothing', async () => {
    const exports = new DataExportsSection(page);
    const path = testInfo.outputPath('registers.xlsx');
    await exports.open();
    await exports.download(exports.exportWorkbook, path);
    const auditBefore = (await readStore(page, 'auditLog')).length;
    const risksBefore = await readStore<RiskRow>(page, 'risks');

    await importer.open();
    await importer.chooseXlsx('registers.xlsx', readFileSync(path));
    await expect(page.getByText('0 new, 3 updated')).toBeVisible();
    await expect(page.getByText('3 rows match their records exactly and change nothing.')).toBeVisible();

    const risks = new ImportPage(page, 'Import risks', 'Back to the risks');
    await risks.open('risks');
    await risks.chooseXlsx('registers.xlsx', readFileSync(path));
    await expect(page.getByText('1 row matches its record exactly and changes nothing.')).toBeVisible();
    await risks.importButton.click();
    await expect(page.getByText('Imported 1 risk: 0 new, 1 updated.')).toBeVisible();
    expect(await readStore<RiskRow>(page, 'risks')).toEqual(risksBefore);
    expect(await readStore(page, 'auditLog')).toHaveLength(auditBefore);
  });
});
