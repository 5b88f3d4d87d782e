import { describe, expect, it } from 'vitest';
import { declarationsTemplateCsv, readDeclarations, type DeclarationsReadResult } from '@shared/declarations';
import { bytesOf } from './isld-fixture';

const value = (result: DeclarationsReadResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.value;
};

const header = 'holder,holder country,standard,patent family id,publication number,declaration date';

describe('reading our declarations template', () => {
  it('reads its own template file', async () => {
    const result = value(await readDeclarations(bytesOf(declarationsTemplateCsv())));
    expect(result.source).toBe('template');
    // The example family FAM-0001 is declared on two specifications: once on each, once in all.
    expect(result.aggregates).toEqual({
      families: 1,
      holders: [
        { key: 'example patents', name: 'Example Patents Oy', spellings: [], country: 'FI', families: 1 },
      ],
      standards: [
        { number: 'TS 38.300', families: [[0, 1]] },
        { number: 'TS 38.331', families: [[0, 1]] },
      ],
      generations: [{ generation: '5G', families: [[0, 1]] }],
      declaredFrom: '2021-03-15',
      declaredTo: '2021-03-15',
    });
  });

  it('counts families by id, else by publication number, takes the generation from the standard, and the holder’s most given country', async () => {
    const csv = [
      // Semicolons, as French Excel saves CSV; columns in another order, headers in another case.
      'Standard;Holder;Holder Country;Patent Family ID;Publication Number;Declaration Date',
      'ETSI TS 136 213;Orange SA;FR;F1;;2020-01-01',
      'TS 36.213;ORANGE S.A.;fr;F1;;2020-02-01', // same family, same standard: counted once
      'TS 23.401;Orange;FR;;EP0000001;2020-03-01', // EPC: 4G in the reference list
      'TS 23.999;Orange;BE;F2;;', // a number no list or series places: no generation
      'IEEE 802.11ax;Acme Radio Inc.;US;F3;;2019-12-31',
      '5G NR Rel-17;Acme Radio Inc.;USA;F4;;not a date', // a tag: 5G; the country and the date are ignored
    ].join('\n');
    const result = value(await readDeclarations(bytesOf(csv)));
    // Holders: "acme radio" (F3, F4) and "orange" (F1, EP0000001, F2), sorted by key.
    expect(result.aggregates.holders).toEqual([
      { key: 'acme radio', name: 'Acme Radio Inc.', spellings: [], country: 'US', families: 2 },
      // Orange: 2 rows as "Orange", 1 as "Orange SA", 1 as "ORANGE S.A."; countries FR ×3, BE ×1.
      { key: 'orange', name: 'Orange', spellings: ['ORANGE S.A.', 'Orange SA'], country: 'FR', families: 3 },
    ]);
    expect(result.aggregates.standards).toEqual([
      { number: '5G NR Rel-17', families: [[0, 1]] },
      { number: 'IEEE 802.11ax', families: [[0, 1]] },
      { number: 'TS 23.401', families: [[1, 1]] },
      { number: 'TS 23.999', families: [[1, 1]] },
      { number: 'TS 36.213', families: [[1, 1]] },
    ]);
    expect(result.aggregates.generations).toEqual([
      { generation: '4G', families: [[1, 2]] }, // F1 (TS 36.213) and EP0000001 (TS 23.401)
      { generation: '5G', families: [[0, 1]] }, // F4
    ]);
    expect(result.aggregates.declaredFrom).toBe('2019-12-31');
    expect(result.aggregates.declaredTo).toBe('2020-03-01');
    expect(result.rowIssues).toEqual([
      { reason: 'badCountry', count: 1, rows: [7] },
      { reason: 'badDate', count: 1, rows: [7] },
    ]);
  });

  it('leaves out rows without holder, standard or family, and values too long to be real', async () => {
    const csv = [
      header,
      ',FR,TS 38.331,F1,,',
      'Orange,FR,,F1,,',
      'Orange,FR,TS 38.331,,,',
      `${'x'.repeat(301)},FR,TS 38.331,F1,,`,
      `Orange,FR,TS 38.331,${'9'.repeat(201)},,`,
      'Orange,FR,TS 38.331,F1,,',
    ].join('\n');
    const result = value(await readDeclarations(bytesOf(csv)));
    expect(result.rowCount).toBe(6);
    expect(result.rowIssues).toEqual([
      { reason: 'noHolder', count: 1, rows: [2] },
      { reason: 'noStandard', count: 1, rows: [3] },
      { reason: 'noFamily', count: 1, rows: [4] },
      { reason: 'tooLong', count: 2, rows: [5, 6] },
    ]);
    expect(result.aggregates.families).toBe(1);
  });

  it('lists the first five rows of a reason and counts the others', async () => {
    const csv = [
      header,
      ...Array.from({ length: 8 }, () => ',FR,TS 38.331,F1,,'),
      'Orange,FR,TS 38.331,F1,,',
    ].join('\n');
    const result = value(await readDeclarations(bytesOf(csv)));
    expect(result.rowIssues).toEqual([{ reason: 'noHolder', count: 8, rows: [2, 3, 4, 5, 6] }]);
  });
});
