import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { sovereigntyCriteria, sovereigntyCriterionCodes } from '@shared/domain';
import { buildRegistersWorkbook } from '@shared/export';
import { csvTemplate, xlsxTemplate, type Translate } from '@shared/import';
import { loadExcelJs } from '@shared/import/libraries';
import { cellText } from '@shared/import/read-xlsx';
import { buildBoardReport } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { templateText } from '@renderer/features/import/templateText';
import { initI18n, languages, type Language } from '@renderer/i18n';
import { criterionLabel, criterionQuestion } from '@shared/import/criterion-label';
import { registerLabels } from '@renderer/ui/registerLabels';
import { storedVendor } from '../fixtures/records';
import { reportData } from '../fixtures/report-workspace';

// Started before the suites are collected: describe.each words its cases with it.
initI18n('en');

const translate = (language: Language): Translate => {
  const fixed = i18next.getFixedT(language);
  return (key, params) => fixed(key as never, params);
};

const sheetRows = async (bytes: Uint8Array, sheetName: string): Promise<string[][]> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.getWorksheet(sheetName);
  const rows: string[][] = [];
  sheet?.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return rows;
};

describe('the names of the sovereignty criteria', () => {
  it('follow the EU coordinated risk assessment: C2 is the ability to assure supply, C3 quality and cybersecurity', () => {
    const en = translate('en');
    expect(criterionLabel(en, 'c2')).toBe('C2 — Ability to assure supply');
    expect(criterionLabel(en, 'c3')).toBe('C3 — Product quality and cybersecurity');
    expect(criterionLabel(en, 'c1c')).toBe('C1c — Corporate ownership');
    const fr = translate('fr');
    expect(criterionLabel(fr, 'c2')).toBe('C2 — Capacité à garantir l’approvisionnement');
    expect(criterionLabel(fr, 'c3')).toBe('C3 — Qualité des produits et cybersécurité');
  });

  describe.each(languages)('in %s', (language) => {
    const t = translate(language);
    const names = sovereigntyCriteria.map((criterion) => criterionLabel(t, criterion));

    it('are the headers of the CSV and XLSX templates, described in the Instructions as on the vendor form', async () => {
      const labels = registerLabels(t);
      const xlsx = await xlsxTemplate('vendors', templateText(t, 'vendors', labels));
      const [headers = []] = await sheetRows(xlsx, labels.sheets.vendors);
      expect(headers.filter((header) => names.includes(header))).toEqual(names);
      const csv = new TextDecoder().decode(await csvTemplate('vendors', labels));
      expect(names.every((name) => csv.split('\r\n')[0]?.includes(name))).toBe(true);

      const instructions = await sheetRows(xlsx, t('importer.template.instructionsSheet'));
      for (const criterion of sovereigntyCriteria) {
        const row = instructions.find(([column]) => column === criterionLabel(t, criterion));
        expect(row?.[2]).toContain(criterionLabel(t, criterion));
        expect(row?.[2]).toContain(criterionQuestion(t, criterion));
      }
      // No description of one criterion names another.
      const c2 = instructions.find(([column]) => column === criterionLabel(t, 'c2'))?.[2] ?? '';
      expect(c2).not.toContain(criterionLabel(t, 'c3'));
    });

    it('are the workbook’s Vendors headers, in the same order', async () => {
      const labels = registerLabels(t);
      const bytes = await buildRegistersWorkbook({
        records: {
          vendors: [storedVendor('Nordic Radio')],
          dependencies: [],
          licences: [],
          risks: [],
          assessments: [],
        },
        checklists: [],
        labels,
      });
      const [headers = []] = await sheetRows(bytes, labels.sheets.vendors);
      expect(headers.filter((header) => names.includes(header))).toEqual(names);
    });

    it('are given under the board report’s sovereignty table, whose columns carry the codes', () => {
      const report = buildBoardReport(reportData(), {
        title: 'Q4',
        classification: 'INTERNAL',
        sections: ['sovereignty'],
        scope: {},
      });
      const blocks = buildReportBlocks(report, reportWords(t, language), { today: '2026-06-01', logo: '' });
      const table = blocks.find((block) => block.kind === 'table');
      const codes = sovereigntyCriteria.map((criterion) => sovereigntyCriterionCodes[criterion]);
      expect(
        table?.kind === 'table' && table.table.columns.filter((column) => codes.includes(column)),
      ).toEqual(codes);
      const key = blocks.find(
        (block) => block.kind === 'paragraph' && names.every((name) => block.text.includes(name)),
      );
      expect(key).toBeDefined();
    });
  });
});
