import { expect, readStore, test } from './fixtures';
import { rowBombWorkbook, zipBombWorkbook } from './files/hostile-workbooks';
import { ChecklistsPage } from './pages/ChecklistsPage';
import { FILE_WORKER_SCRIPT } from './pages/file-reading';
import { holdScript } from './pages/held-script';
import { ImportPage } from './pages/ImportPage';

test('a crafted workbook is refused by the import in a moment, nothing is written, and a good file imports right after', async ({
  page,
}) => {
  const importer = new ImportPage(page);

  let auditBefore: unknown[] = [];
  await test.step('a file being read shows so with a Cancel button, which ends the reading', async () => {
    await importer.open();
    auditBefore = await readStore(page, 'auditLog');
    const release = await holdScript(page, FILE_WORKER_SCRIPT);
    await importer.file.setInputFiles({
      name: 'slow.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('name\nA'),
    });
    await expect(importer.readingStatus('Reading slow.csv…')).toBeVisible();
    await expect(importer.file).toBeDisabled();
    await importer.cancelReading.click();
    await expect(
      importer.readingStatus('Reading the file was cancelled. Nothing was changed.'),
    ).toBeVisible();
    await expect(importer.file).toBeEnabled();
    await release();
  });

  await test.step('a 6 KB workbook with a row numbered 2,147,483,000 is refused, naming the sheet and row', async () => {
    await importer.chooseXlsx('vendors.xlsx', await rowBombWorkbook());
    await expect(
      importer.problem(
        'The sheet “Vendors” has a row numbered 2,147,483,000, past the 1,048,576 rows a spreadsheet can have',
      ),
    ).toBeVisible();
    await expect(importer.importButton).toBeDisabled();
    await expect(importer.file).toBeEnabled();
  });

  await test.step('a workbook that would inflate a thousand times is refused before it is inflated', async () => {
    await importer.chooseXlsx('bomb.xlsx', await zipBombWorkbook());
    await expect(
      importer.problem('A part of this workbook (“xl/sharedStrings.xml”) is compressed'),
    ).toBeVisible();
    await expect(importer.file).toBeEnabled();
    expect(await readStore(page, 'vendors')).toEqual([]);
    expect(await readStore(page, 'auditLog')).toEqual(auditBefore);
  });

  await test.step('the same field then takes a good file, which imports', async () => {
    await importer.chooseCsv('vendors.csv', ['name,hqCountry', 'Nordic Radio,FI']);
    await expect(page.getByText('No problems found.')).toBeVisible();
    await importer.importButton.click();
    await expect(page.getByText('Imported 1 vendor: 1 new, 0 updated.')).toBeVisible();
    expect(await readStore<{ name: string }>(page, 'vendors')).toMatchObject([{ name: 'Nordic Radio' }]);
  });
});

test('a checklists file built to break the reader is refused with its problem, and nothing changes', async ({
  page,
}) => {
  const list = new ChecklistsPage(page);
  await list.open();
  const auditBefore = await readStore(page, 'auditLog');
  const hostile =
    '{"format":"diligence-workbench/checklists","formatVersion":{"toString":1},"checklists":[]}';
  await list.importFile('checklists.json', hostile);
  await expect(list.rejection).toBeVisible();
  await expect(
    list.rejection.getByText('This checklists file has no readable format version (a number is expected)', {
      exact: false,
    }),
  ).toBeVisible();
  await list.rejection.getByRole('button', { name: 'Close' }).click();
  await expect(list.importChecklists).toBeEnabled();
  expect(await readStore(page, 'checklists')).toEqual([]);
  expect(await readStore(page, 'auditLog')).toEqual(auditBefore);
});
