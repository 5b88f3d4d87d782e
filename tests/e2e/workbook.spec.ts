import { readFileSync } from 'node:fs';
import type { Workbook } from 'exceljs';
import { loadExcelJs } from '../../shared/import/libraries';
import { expect, readStore, test } from './fixtures';
import { DataExportsSection } from './pages/DataExportsSection';
import { RiskForm } from './pages/RiskForm';
import { RisksPage } from './pages/RisksPage';
import { VendorForm } from './pages/VendorForm';
import { VendorsPage } from './pages/VendorsPage';

const hostileName = "=cmd|' /C calc'!A0";

/** The cells of a sheet, row by row, the header first. */
const rowsOf = (workbook: Workbook, sheetName: string): unknown[][] =>
  (workbook.getWorksheet(sheetName)?.getSheetValues() ?? []).flatMap((row) =>
    Array.isArray(row) ? [row.slice(1)] : [],
  );

test('the registers export as a workbook and a CSV, a formula-like vendor name written as text', async ({
  page,
}, testInfo) => {
  const exports = new DataExportsSection(page);
  const workbookPath = testInfo.outputPath('registers.xlsx');
  const csvPath = testInfo.outputPath('risks.csv');

  await test.step('a vendor whose name is a formula and a risk are recorded through the UI', async () => {
    const vendors = new VendorsPage(page);
    const vendorForm = new VendorForm(page);
    await vendors.open();
    await vendors.addFirstVendor.click();
    await vendorForm.name.fill(hostileName);
    await vendorForm.chooseCountry('Finland');
    await vendorForm.saveAndConfirm(hostileName);

    const risks = new RisksPage(page);
    const riskForm = new RiskForm(page);
    await risks.open();
    await risks.newRisk.click();
    await riskForm.title.fill('Single RAN vendor');
    await riskForm.choose(riskForm.category, 'Supply');
    await riskForm.choose(riskForm.likelihood, /^4 · Likely/);
    await riskForm.choose(riskForm.impact, /^5 · Severe/);
    await riskForm.saveAndConfirm('Single RAN vendor');
  });

  await test.step('the workbook holds the name as text and the risk with its computed score', async () => {
    await exports.open();
    const fileName = await exports.download(exports.exportWorkbook, workbookPath);
    expect(fileName).toMatch(/^diligence-workbench-registers-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const excel = await loadExcelJs();
    const workbook = new excel.Workbook();
    await workbook.xlsx.readFile(workbookPath);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Vendors',
      'Dependencies',
      'Licences',
      'Risks',
      'Actions',
      'Assessments',
      'Answers',
      'Decisions',
    ]);
    const [vendorHeader, vendor] = rowsOf(workbook, 'Vendors');
    expect(vendorHeader?.slice(0, 4)).toEqual(['Name', 'Legal name', 'LEI', 'HQ country']);
    // Exactly what was typed, as a string cell (never evaluated) in the Text format (stays text when edited).
    expect(vendor?.[0]).toBe(hostileName);
    const nameCell = workbook.getWorksheet('Vendors')?.getCell('A2');
    expect(nameCell?.type).toBe(excel.ValueType.String);
    expect(nameCell?.numFmt).toBe('@');
    expect(vendor?.[3]).toBe('FI');
    const [, risk] = rowsOf(workbook, 'Risks');
    expect(risk?.slice(0, 8)).toEqual([
      'Single RAN vendor',
      'Supply',
      'Open',
      'Mitigate',
      4,
      5,
      20,
      'Critical',
    ]);

    const reports = await readStore<{ kind: string; fileName: string }>(page, 'reports');
    expect(reports).toEqual([expect.objectContaining({ kind: 'workbook', fileName })]);
  });

  await test.step('one register downloads as CSV', async () => {
    await exports.chooseRegister('Risks');
    const fileName = await exports.download(exports.exportCsv, csvPath);
    expect(fileName).toMatch(/^diligence-workbench-risks-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(csvPath, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFTitle,Category,Status,Treatment,Likelihood,Impact,Inherent score,/);
    expect(lines[1]).toMatch(/^Single RAN vendor,Supply,Open,Mitigate,4,5,20,Critical,/);
  });
});
