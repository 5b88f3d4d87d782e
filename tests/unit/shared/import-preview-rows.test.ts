import { describe, expect, it } from 'vitest';
import { previewImportFile, previewRows, type ExistingWorkspace } from '@shared/import';
import { storedDependency, storedVendor } from '../fixtures/records';
import { csv, englishLabels, englishWords } from './import-fixtures';

const nordic = storedVendor('Nordic Radio', { hqCountry: 'FI', tags: ['ran'], ownership: 'listed' });
const group = storedVendor('Nordic Group', { hqCountry: 'FI' });
const core = storedDependency('Packet core', nordic.id);
const existing: ExistingWorkspace = {
  vendors: [nordic, group],
  dependencies: [core],
  licences: [],
  risks: [],
};

const preview = async (entity: 'vendors' | 'dependencies', ...lines: string[]) => {
  const plan = await previewImportFile(entity, csv(...lines), existing, { words: englishWords });
  expect(plan.problems).toEqual([]);
  return previewRows(plan, existing, englishLabels);
};

const cell = (table: Awaited<ReturnType<typeof preview>>, row: number, header: string) => {
  const column = table.columns.findIndex((each) => each.header === header);
  return table.rows.find((each) => each.row === row)?.cells[column];
};

describe('the rows of an import preview', () => {
  it('show what each row writes as the workbook would, marking new rows and the cells an update changes', async () => {
    const table = await preview(
      'vendors',
      'name,hqCountry,ownership,tags,parentVendor',
      'Nordic Radio,SE,Listed,ran; 5g,Nordic Labs',
      'Nordic Labs,FI,private,,',
      'Nordic Group,FI,private,,',
    );
    expect(table.columns.map((column) => column.header).slice(0, 6)).toEqual([
      'Name',
      'Legal name',
      'LEI',
      'HQ country',
      'Parent vendor',
      'Ownership',
    ]);
    expect(table.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'changed'],
      [3, 'new'],
      [4, 'unchanged'],
    ]);
    expect(cell(table, 2, 'Name')).toEqual({ text: 'Nordic Radio' });
    expect(cell(table, 2, 'HQ country')).toEqual({ text: 'SE', before: 'FI' });
    expect(cell(table, 2, 'Ownership')).toEqual({ text: 'Listed company' });
    expect(cell(table, 2, 'Tags')).toEqual({ text: 'ran; 5g', before: 'ran' });
    // A link to a record the same file creates is named, not left as an id.
    expect(cell(table, 2, 'Parent vendor')).toEqual({ text: 'Nordic Labs', before: '' });
    expect(cell(table, 3, 'Ownership')).toEqual({ text: 'Privately held' });
    expect(cell(table, 3, 'HQ country')?.before).toBeUndefined();
  });

  it('name the links of an update as they were and as they will be', async () => {
    const table = await preview(
      'dependencies',
      'name,vendor,kind,domain,criticality,substitutability',
      'Packet core,Nordic Group,software,core,3,moderate',
    );
    expect(cell(table, 2, 'Vendor')).toEqual({ text: 'Nordic Group', before: 'Nordic Radio' });
    expect(cell(table, 2, 'Kind')).toEqual({ text: 'Software' });
  });

  it('hold a row for each of 10,000 rows', async () => {
    const lines = Array.from({ length: 10_000 }, (_, index) => `Vendor ${index},FR`);
    const table = await preview('vendors', 'name,hqCountry', ...lines);
    expect(table.rows).toHaveLength(10_000);
    expect(table.rows.at(-1)).toMatchObject({ row: 10_001, status: 'new' });
  });
});
