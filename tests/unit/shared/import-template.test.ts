import { describe, expect, it } from 'vitest';
import {
  csvTemplate,
  entityImports,
  neutraliseCell,
  previewImportFile,
  xlsxTemplate,
  type TemplateText,
} from '@shared/import';
import { loadExcelJs } from '@shared/import/libraries';
import { storedVendor } from '../fixtures/records';
import { messages } from './import-fixtures';

const text: TemplateText = {
  dataSheet: 'Vendors',
  instructionsSheet: 'Instructions',
  headings: {
    column: 'Column',
    required: 'Required',
    description: 'Description',
    allowed: 'Allowed',
    example: 'Example',
  },
  yes: 'yes',
  no: 'no',
  describe: (column) => `About ${column.header}`,
};
const existing = { vendors: [storedVendor('Nordic Radio')], dependencies: [], licences: [] };

describe('import templates', () => {
  it.each(['vendors', 'dependencies', 'licences'] as const)(
    'the %s CSV and XLSX templates import as they are, one record from the example row',
    async (entity) => {
      for (const bytes of [await csvTemplate(entity), await xlsxTemplate(entity, text)]) {
        const plan = await previewImportFile(entity, bytes, existing);
        expect(messages(plan)).toEqual([]);
        expect(plan.records).toHaveLength(1);
      }
    },
  );

  it('the XLSX template documents every column, required or not, with allowed values and an example', async () => {
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    await workbook.xlsx.load((await xlsxTemplate('dependencies', text)) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Vendors', 'Instructions']);
    const instructions = workbook.getWorksheet('Instructions');
    const rows = instructions
      ?.getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    const { columns } = entityImports.dependencies;
    expect(rows).toHaveLength(columns.length);
    expect(rows?.find((row) => row[0] === 'criticality')).toEqual([
      'criticality',
      'yes',
      'About criticality',
      '1, 2, 3, 4, 5',
      '5',
    ]);
    expect(rows?.find((row) => row[0] === 'notes')?.[1]).toBe('no');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+33 1 23', '-5', '@SUM(A1)', 'Nokia'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+33 1 23",
      "'-5",
      "'@SUM(A1)",
      'Nokia',
    ]);
  });
});
