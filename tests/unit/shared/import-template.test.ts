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
import { englishLabels, englishWords, messages } from './import-fixtures';

const text: TemplateText = {
  labels: englishLabels,
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
const existing = { vendors: [storedVendor('Nordic Radio')], dependencies: [], licences: [], risks: [] };

describe('import templates', () => {
  it.each(['vendors', 'dependencies', 'licences', 'risks'] as const)(
    'the %s CSV and XLSX templates import as they are, one record from the example row',
    async (entity) => {
      for (const bytes of [await csvTemplate(entity, englishLabels), await xlsxTemplate(entity, text)]) {
        const plan = await previewImportFile(entity, bytes, existing, { words: englishWords });
        expect(messages(plan)).toEqual([]);
        expect(plan.records).toHaveLength(1);
      }
    },
  );

  it('the XLSX template documents every column, required or not, with allowed values and an example', async () => {
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    await workbook.xlsx.load((await xlsxTemplate('dependencies', text)) as never);
    // The data sheet is named as the workbook's sheet of the same register.
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Dependencies', 'Instructions']);
    const instructions = workbook.getWorksheet('Instructions');
    const rows = instructions
      ?.getSheetValues()
      .slice(2)
      .map((row) => (row as unknown[]).slice(1));
    const { columns } = entityImports.dependencies;
    expect(rows).toHaveLength(columns.length);
    // Headed as the workbook heads the column; choices listed by the labels the screens show.
    expect(rows?.find((row) => row[0] === 'Criticality')).toEqual([
      'Criticality',
      'yes',
      'About criticality',
      '1, 2, 3, 4, 5',
      '5',
    ]);
    expect(rows?.find((row) => row[0] === 'Substitutability')).toEqual([
      'Substitutability',
      'yes',
      'About substitutability',
      'Easy, Moderate, Hard, None',
      'Hard',
    ]);
    expect(rows?.find((row) => row[0] === 'Notes')?.[1]).toBe('no');
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
