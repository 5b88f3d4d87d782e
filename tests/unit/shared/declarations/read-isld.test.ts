import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDeclarations, type DeclarationsReadResult } from '@shared/declarations';
import { bytesOf, isldCsv, isldHeader, isldLine, type IsldRow } from './isld-fixture';

const huawei = 'Huawei Technologies Co., Ltd.';
const nokia = 'Nokia Technologies Oy';
const five = { '5G': '1' };

/** A small export, row by row as ETSI writes it: a declaration × specification version × patent per row. */
const rows: IsldRow[] = [
  { COMP_LEGAL_NAME: huawei, TGPP_NUMBER: '38.331', DIPG_PATF_ID: '1001', ...five }, // row 2
  {
    COMP_LEGAL_NAME: 'HUAWEI TECHNOLOGIES CO.,LTD',
    TGPP_NUMBER: '38.331',
    TGPV_VERSION: '16.1.0',
    DIPG_PATF_ID: '1001',
    ...five,
  },
  { COMP_LEGAL_NAME: huawei, TGPP_NUMBER: '38.300', DIPG_PATF_ID: '1001', ...five },
  {
    COMP_LEGAL_NAME: huawei,
    TGPP_NUMBER: '38.331',
    DIPG_PATF_ID: '1002',
    ...five,
    IPRD_SIGNATURE_DATE: '2021-11-30 00:00:00',
  },
  { COMP_LEGAL_NAME: nokia, TGPP_NUMBER: '38.331', DIPG_PATF_ID: '2001', ...five },
  // No 3GPP number: ETSI's own number of the transposition is read instead (TS 136 331 is TS 36.331).
  {
    COMP_LEGAL_NAME: nokia,
    '3GPP_Type': '',
    TGPP_NUMBER: '',
    Standard: 'ETSI TS 136 331',
    DIPG_PATF_ID: '2002',
    '4G': '1',
  },
  // No ETSI family id: the publication number stands for the family, on both versions declared.
  {
    COMP_LEGAL_NAME: nokia,
    TGPP_NUMBER: '36.331',
    PUBL_NUMBER: 'EP1234567B1',
    '4G': '1',
    IPRD_SIGNATURE_DATE: '2015-01-02 00:00:00',
  },
  {
    COMP_LEGAL_NAME: nokia,
    TGPP_NUMBER: '36.331',
    TGPV_VERSION: '14.0.0',
    PUBL_NUMBER: 'EP1234567B1',
    '4G': '1',
  },
  // An older declaration without generation flags: UMTS's series 25 says 3G.
  {
    COMP_LEGAL_NAME: 'ZTE Corporation',
    TGPP_NUMBER: '25.331',
    DIPG_PATF_ID: '3001',
    '2G': '',
    '3G': '',
    '4G': '',
    '5G': '',
  },
  { COMP_LEGAL_NAME: '', TGPP_NUMBER: '38.331', DIPG_PATF_ID: '9999', ...five }, // row 11: no holder
  { COMP_LEGAL_NAME: huawei, TGPP_NUMBER: '38.331', ...five }, // row 12: no family id, publication or application
  {
    COMP_LEGAL_NAME: 'ZTE Corporation',
    '3GPP_Type': 'TR',
    TGPP_NUMBER: '38.912',
    DIPG_PATF_ID: '3002',
    ...five,
  },
];

const read = async (input: Uint8Array | Blob): Promise<DeclarationsReadResult> => readDeclarations(input);
const value = (result: DeclarationsReadResult) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.value;
};

describe('reading ETSI’s ISLD export', () => {
  it('keeps, per holder × standard and holder × generation, the distinct families — worked example', async () => {
    const text = isldCsv(rows) + '\r\n'; // a blank line at the end is no row
    const result = value(await read(bytesOf(text)));
    expect(result.source).toBe('etsi-isld');
    expect(result.rowCount).toBe(12);
    // Holders by normalised key: "huawei technologies" (2 spellings merged), "nokia technologies", "zte".
    // Huawei: families {1001, 1002} = 2; Nokia: {2001, 2002, EP1234567B1} = 3; ZTE: {3001, 3002} = 2.
    expect(result.aggregates.holders).toEqual([
      { key: 'huawei technologies', name: huawei, spellings: ['HUAWEI TECHNOLOGIES CO.,LTD'], families: 2 },
      { key: 'nokia technologies', name: nokia, spellings: [], families: 3 },
      { key: 'zte', name: 'ZTE Corporation', spellings: [], families: 2 },
    ]);
    expect(result.aggregates.families).toBe(7); // 2 + 3 + 2, no family co-declared
    expect(result.aggregates.standards).toEqual([
      { number: 'TR 38.912', families: [[2, 1]] }, // ZTE 3002
      { number: 'TS 25.331', families: [[2, 1]] }, // ZTE 3001
      { number: 'TS 36.331', families: [[1, 2]] }, // Nokia 2002 and EP1234567B1 (declared twice, counted once)
      { number: 'TS 38.300', families: [[0, 1]] }, // Huawei 1001
      {
        number: 'TS 38.331',
        families: [
          [0, 2],
          [1, 1],
        ],
      }, // Huawei 1001 (three rows) and 1002; Nokia 2001
    ]);
    expect(result.aggregates.generations).toEqual([
      { generation: '3G', families: [[2, 1]] },
      { generation: '4G', families: [[1, 2]] },
      {
        generation: '5G',
        families: [
          [0, 2],
          [1, 1],
          [2, 1],
        ],
      },
    ]);
    expect(result.aggregates.declaredFrom).toBe('2015-01-02');
    expect(result.aggregates.declaredTo).toBe('2021-11-30');
    expect(result.rowIssues).toEqual([
      { reason: 'noHolder', count: 1, rows: [11] },
      { reason: 'noFamily', count: 1, rows: [12] },
    ]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('gives the same aggregates and hash from a Blob read by slices as from loaded bytes', async () => {
    const text = isldCsv(rows);
    const fromBytes = value(await read(bytesOf(text)));
    const fromBlob = value(await read(new Blob([text])));
    expect(fromBlob).toEqual(fromBytes);
  });

  it(
    'reads rows whose quoted cells hold commas and line breaks across the parser’s 4 MiB pieces',
    { timeout: 30_000 },
    async () => {
      // 30,000 rows of about 200 bytes each: some 6 MB, so rows straddle the pieces the file is read in.
      const title = 'Method, system and device for\r\nbeam "management"';
      const thousand = Array.from({ length: 1000 }, (_, index) =>
        isldLine({
          COMP_LEGAL_NAME: index % 2 === 0 ? huawei : nokia,
          TGPP_NUMBER: '38.214',
          DIPG_PATF_ID: String(index),
          PBPA_TITLEEN: title,
          ...five,
        }),
      ).join('\r\n');
      const text = [isldHeader.join(','), ...Array.from({ length: 30 }, () => thousand)].join('\r\n');
      expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
      const result = value(await read(bytesOf(text)));
      expect(result.rowCount).toBe(30_000);
      expect(result.rowIssues).toEqual([]);
      // Even ids (0, 2, … 998) are Huawei's, odd ones Nokia's: 500 families each.
      expect(result.aggregates.standards).toEqual([
        {
          number: 'TS 38.214',
          families: [
            [0, 500],
            [1, 500],
          ],
        },
      ]);
    },
  );

  it('lists columns ETSI added since, reads the rest, and matches headers whatever their spelling', async () => {
    const header = [
      ...isldHeader.map((column) => (column === 'Reflected Date' ? 'Reflected_Date' : column.toLowerCase())),
      'NEW_FLAG',
    ];
    const line = isldLine({ COMP_LEGAL_NAME: nokia, TGPP_NUMBER: '38.331', DIPG_PATF_ID: '1', ...five });
    const result = value(await read(bytesOf([header.join(','), `${line},x`, line].join('\n'))));
    expect(result.ignoredColumns).toEqual(['NEW_FLAG']);
    expect(result.aggregates.standards).toEqual([{ number: 'TS 38.331', families: [[0, 1]] }]);
    // The row without the new cell does not line up with the header: left out, not misread.
    expect(result.rowIssues).toEqual([{ reason: 'columnCount', count: 1, rows: [3] }]);
  });
});
