import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  activityColumnKeys,
  activityTable,
  buildTableCsv,
  buildWorkbook,
  MAX_CELL,
  type ActivityExportLabels,
  type ActivityExportRow,
} from '@shared/export';
import { loadExcelJs } from '@shared/import/libraries';

const labels: ActivityExportLabels = {
  sheetName: 'Activity',
  headers: Object.fromEntries(
    activityColumnKeys.map((key) => [key, key.toUpperCase()]),
  ) as ActivityExportLabels['headers'],
};

const row = (extra: Partial<ActivityExportRow> = {}): ActivityExportRow => ({
  at: '2026-03-01T10:00:00.000Z',
  actor: 'Ana',
  action: 'Changed',
  recordType: 'Vendor',
  record: 'Acme',
  recordId: 'v-1',
  changes: 'Name: Acm → Acme\nCountry: Germany → France',
  importedFrom: '',
  importedBy: '',
  importedAt: '',
  eventId: 'e-1',
  ...extra,
});

const imported = row({
  actor: '=HYPERLINK("http://evil.example","x")',
  record: '+1',
  importedFrom: 'colleague.zip',
  importedBy: 'Bo',
  importedAt: '2026-03-02T09:00:00.000Z',
  eventId: 'e-2',
});

describe('the activity export', () => {
  it('one row per event, the columns in order, empty cells left empty and a change list cut at Excel’s cell limit', () => {
    const long = row({ changes: 'x'.repeat(MAX_CELL + 10), eventId: 'e-3' });
    const table = activityTable([row(), long], labels);
    expect(table.columns.map(({ header }) => header)).toEqual([
      'AT',
      'ACTOR',
      'ACTION',
      'RECORDTYPE',
      'RECORD',
      'RECORDID',
      'CHANGES',
      'IMPORTEDFROM',
      'IMPORTEDBY',
      'IMPORTEDAT',
      'EVENTID',
    ]);
    expect(table.rows[0]).toEqual([
      '2026-03-01T10:00:00.000Z',
      'Ana',
      'Changed',
      'Vendor',
      'Acme',
      'v-1',
      'Name: Acm → Acme\nCountry: Germany → France',
      null,
      null,
      null,
      'e-1',
    ]);
    const cut = table.rows[1]?.[6];
    expect(typeof cut === 'string' && [cut.length, cut.endsWith('…')]).toEqual([MAX_CELL, true]);
  });

  it('as CSV, formula-like text is neutralised and the imported mark has its own columns', async () => {
    const csv = await buildTableCsv(activityTable([row(), imported], labels));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header?.[0]).toBe('AT');
    expect(first?.[6]).toBe('Name: Acm → Acme\nCountry: Germany → France');
    expect(second?.slice(1, 5)).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      'Changed',
      'Vendor',
      "'+1",
    ]);
    expect(second?.slice(7, 10)).toEqual(['colleague.zip', 'Bo', '2026-03-02T09:00:00.000Z']);
  });

  it('as XLSX, text is kept as typed in string cells with the Text format, and control characters removed', async () => {
    const bytes = await buildWorkbook([activityTable([imported, row({ record: 'Ac\u0001me' })], labels)]);
    const { Workbook } = await loadExcelJs();
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet('Activity');
    const actor = sheet?.getRow(2).getCell(2);
    expect([actor?.type, actor?.value, actor?.numFmt]).toEqual([
      3, // ValueType.String: a spreadsheet never evaluates it
      '=HYPERLINK("http://evil.example","x")',
      '@',
    ]);
    expect(sheet?.getRow(2).getCell(8).value).toBe('colleague.zip');
    expect(sheet?.getRow(3).getCell(5).value).toBe('Acme');
    expect(sheet?.getRow(3).getCell(8).value).toBeNull();
  });
});
