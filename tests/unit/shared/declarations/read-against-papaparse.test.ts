import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DeclarationAggregator, layoutOf, readDeclarations } from '@shared/declarations';
import { loadPapa } from '@shared/import/libraries';
import { isldExportBytes } from '../../../../bench/synthetic-declarations';
import { bytesOf, isldCsv, isldLine } from './isld-fixture';

/**
 * The reading the reader did before its narrow scan, kept as the oracle: papaparse's rows of the whole text,
 * every cell made, blank lines skipped, the header recognised, each row folded in whole.
 */
const readByPapaparse = async (bytes: Uint8Array) => {
  const papa = await loadPapa();
  const text = new TextDecoder().decode(bytes);
  const { data } = papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  let aggregator: DeclarationAggregator | undefined;
  let ignoredColumns: string[] = [];
  data.forEach((fields, index) => {
    if (fields.length === 1 && fields[0] === '') return;
    if (aggregator) {
      expect(aggregator.add(fields, fields.length, index + 1)).toBeUndefined();
      return;
    }
    const layout = layoutOf(fields);
    if (!layout.ok) throw new Error(layout.problem.message);
    aggregator = new DeclarationAggregator(layout.layout);
    ignoredColumns = layout.ignoredColumns;
  });
  if (!aggregator) throw new Error('no header');
  return {
    source: aggregator.source,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    rowCount: aggregator.rowCount,
    aggregates: aggregator.aggregates(),
    rowIssues: aggregator.rowIssues(),
    ignoredColumns,
  };
};

const readByReader = async (bytes: Uint8Array) => {
  const result = await readDeclarations(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('the declarations reader against papaparse’s rows folded in whole', () => {
  it('reads the generated ISLD export (the bench’s, 30,000 rows) into the same aggregates and hash', async () => {
    const bytes = isldExportBytes(30_000);
    const expected = await readByPapaparse(bytes);
    expect(expected.aggregates.holders.length).toBeGreaterThan(500);
    expect(await readByReader(bytes)).toEqual(expected);
  });

  it('reads an export with quoted names, line breaks in cells, blank lines, short rows and bad dates alike', async () => {
    const text = [
      isldCsv([
        { COMP_LEGAL_NAME: 'Huawei Technologies Co., Ltd.', TGPP_NUMBER: '38.331', DIPG_PATF_ID: '1' },
        {
          COMP_LEGAL_NAME: 'Say "Nokia"',
          PBPA_TITLEEN: 'two\r\nlines, "quoted"',
          TGPP_NUMBER: '38.300',
          DIPG_PATF_ID: '2',
        },
        { COMP_LEGAL_NAME: 'ZTE', '3GPP_Type': 'TR', TGPP_NUMBER: '38.912', PUBL_NUMBER: 'EP1; US2' },
        { COMP_LEGAL_NAME: 'Acme', IPRD_SIGNATURE_DATE: 'soon', TGPP_NUMBER: '36.213', DIPG_PATF_ID: '3' },
      ]),
      '',
      'only,three,cells',
      isldLine({ COMP_LEGAL_NAME: 'Ericsson', Standard: 'ETSI TS 136 331', DIPG_PATF_ID: 'F-9', '4G': '1' }),
      '',
    ].join('\r\n');
    const expected = await readByPapaparse(bytesOf(text));
    expect(expected.rowIssues.map((issue) => issue.reason)).toEqual(['columnCount', 'badDate']);
    expect(await readByReader(bytesOf(text))).toEqual(expected);
  });

  it('reads a template saved with semicolons and quoted cells alike', async () => {
    const text = [
      'Standard;Holder;Holder Country;Patent Family ID;Publication Number;Declaration Date',
      '"TS 38.331";"Orange; SA";FR;F1;;2020-01-01',
      'TS 36.213;"ORANGE ""S.A.""";fr;"F1";;2020-02-01',
      'TS 23.401;Orange;FR;;"EP0000001\nB1";2020-03-01',
    ].join('\n');
    const expected = await readByPapaparse(bytesOf(text));
    expect(expected.rowCount).toBe(3);
    expect(await readByReader(bytesOf(text))).toEqual(expected);
  });
});
