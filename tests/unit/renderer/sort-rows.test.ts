import { createColumnHelper } from '@tanstack/react-table';
import { describe, expect, it } from 'vitest';
import { compareValues, sortRows } from '../../../renderer/ui/table/sortRows';

interface Row {
  name: string;
  criticality?: number;
}
const column = createColumnHelper<Row>();
const columns = [column.accessor((row) => row.name, { id: 'name' }), column.accessor('criticality', {})];
const rows: Row[] = [
  { name: 'Item 10', criticality: 2 },
  { name: 'élan', criticality: 5 },
  { name: 'Item 2' },
  { name: 'alpha', criticality: 2 },
];

describe('sortRows', () => {
  it('sorts text as a reader does: case and accents folded, numbers inside names in numeric order', () => {
    expect(sortRows(rows, columns, [{ id: 'name', desc: false }]).map((row) => row.name)).toEqual([
      'alpha',
      'élan',
      'Item 2',
      'Item 10',
    ]);
  });

  it('sorts numbers numerically, descending on request, and breaks ties with the next rule', () => {
    const sorted = sortRows(rows, columns, [
      { id: 'criticality', desc: true },
      { id: 'name', desc: false },
    ]);
    expect(sorted.map((row) => row.name)).toEqual(['élan', 'alpha', 'Item 10', 'Item 2']);
  });

  it('puts blanks last whatever the direction of the values', () => {
    expect(sortRows(rows, columns, [{ id: 'criticality', desc: false }]).at(-1)?.name).toBe('Item 2');
    expect(sortRows(rows, columns, [{ id: 'criticality', desc: true }]).at(-1)?.name).toBe('Item 2');
  });

  it('compares numbers as numbers and anything else as text', () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
    expect(compareValues('b', 'A')).toBeGreaterThan(0);
  });

  it('gives the data back untouched without a rule', () => {
    expect(sortRows(rows, columns, [])).toBe(rows);
  });
});
