import { describe, expect, it } from 'vitest';
import { MAX_DECLARATIONS_BYTES, MAX_HOLDERS, readDeclarations } from '@shared/declarations';
import { bytesOf, isldCsv, isldHeader, isldLine } from './isld-fixture';

const problems = async (input: Uint8Array | Blob) => {
  const result = await readDeclarations(input);
  return result.ok ? [] : result.problems;
};
const messages = async (input: Uint8Array | Blob) =>
  (await problems(input)).map((problem) => problem.message);

describe('declarations files refused, with the reason', () => {
  it('refuses a file past the size cap before reading a byte of it', async () => {
    const huge = Object.create(Blob.prototype, {
      size: { value: MAX_DECLARATIONS_BYTES + 1 },
      slice: {
        value: () => {
          throw new Error('read');
        },
      },
    }) as Blob;
    expect(await problems(huge)).toEqual([
      { message: 'declarations.problems.tooLarge', params: { size: '4096.0 MB', limit: '4096.0 MB' } },
    ]);
  });

  it('refuses an empty file, blank lines only, and a header without rows', async () => {
    expect(await messages(new Uint8Array())).toEqual(['declarations.problems.empty']);
    expect(await messages(bytesOf('\r\n\r\n'))).toEqual(['declarations.problems.empty']);
    expect(await messages(bytesOf(isldCsv([])))).toEqual(['declarations.problems.noRows']);
  });

  it('refuses ETSI’s GD export, which names no patent', async () => {
    const gd =
      'IPRD_ID,IPR_COMP_ID,IPRD_REFERENCE,Reflected Date,IPRD_SIGNATURE_DATE,IPRD_CREATION_DATE,COMP_LEGAL_NAME,GEND_APP_TO_ALL_FLAG,ETPR_ACRONYM,Standard,LICD_REC_CONDI_FLAG\r\n1,2,GD-1,2020-01-01,2020-01-01,2020-01-01,Acme,0,3GPP,TS 138 331,1\r\n';
    expect(await messages(bytesOf(gd))).toEqual(['declarations.problems.gdExport']);
  });

  it('refuses a file that is neither export, naming the columns it has', async () => {
    expect(await problems(bytesOf('name,hqCountry,ownership\r\nAcme,FR,private\r\n'))).toEqual([
      { message: 'declarations.problems.notDeclarations', params: { columns: 'name, hqCountry, ownership' } },
    ]);
  });

  it('refuses an ISLD export without its holder, standard or patent columns', async () => {
    const without = (columns: string[]) => {
      const header = isldHeader.filter((column) => !columns.includes(column));
      return bytesOf(
        isldCsv([{ COMP_LEGAL_NAME: 'Acme', TGPP_NUMBER: '38.331', DIPG_PATF_ID: '1' }], header),
      );
    };
    expect(await messages(without(['COMP_LEGAL_NAME']))).toEqual([
      'declarations.problems.missingHolderColumn',
    ]);
    expect(await messages(without(['TGPP_NUMBER', 'Standard', 'WOIT_ETSI_DELIVERABLE_NUMBER']))).toEqual([
      'declarations.problems.missingStandardColumn',
    ]);
    expect(await messages(without(['DIPG_PATF_ID', 'PUBL_NUMBER', 'PATT_APPLICATION_NUMBER']))).toEqual([
      'declarations.problems.missingFamilyColumn',
    ]);
  });

  it('refuses a template with a column it does not have, twice the same one, or without its required ones', async () => {
    expect(await problems(bytesOf('holder,standard,patent family id,licence\nA,TS 38.331,F1,x\n'))).toEqual([
      { message: 'declarations.problems.unknownColumns', params: { columns: 'licence' } },
    ]);
    expect(
      await problems(bytesOf('holder,standard,Standard,patent family id\nA,TS 38.331,TS 38.300,F1\n')),
    ).toEqual([{ message: 'declarations.problems.duplicateColumn', params: { column: 'Standard' } }]);
    expect(await messages(bytesOf('holder country,standard,patent family id\nFR,TS 38.331,F1\n'))).toEqual([
      'declarations.problems.missingHolderColumn',
    ]);
    expect(await messages(bytesOf('holder,holder country,standard\nA,FR,TS 38.331\n'))).toEqual([
      'declarations.problems.missingFamilyColumn',
    ]);
  });

  it('refuses a file whose every row is unusable, saying why for each kind of row', async () => {
    const csv = 'holder,standard,patent family id\n,TS 38.331,F1\nA,TS 38.331,\nB,TS 38.331,\n';
    expect(await problems(bytesOf(csv))).toEqual([
      { message: 'declarations.problems.noUsableRows' },
      { message: 'declarations.rows.noHolder', params: { count: 1, rows: '2' } },
      { message: 'declarations.rows.noFamily', params: { count: 2, rows: '3, 4' } },
    ]);
  });

  it('refuses binary files; reads Windows-1252 text, as spreadsheets save CSV', async () => {
    expect(await messages(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08]))).toEqual([
      'declarations.problems.notText',
    ]);
    // "Télécom" in Windows-1252: é is the single byte 0xE9, not valid UTF-8.
    const latin = new Uint8Array([
      ...bytesOf('holder,standard,patent family id\nT'),
      0xe9,
      ...bytesOf('l'),
      0xe9,
      ...bytesOf('com Labs,TS 38.331,F1\n'),
    ]);
    const result = await readDeclarations(latin);
    expect(result.ok && result.value.aggregates.holders[0]?.name).toBe('Télécom Labs');
  });

  it('refuses a quote left open quickly, instead of carrying the rest of the file as one row', async () => {
    // No quote anywhere after it: nothing can close it.
    const line = isldLine({
      COMP_LEGAL_NAME: 'Acme',
      TGPP_NUMBER: '38.331',
      DIPG_PATF_ID: '1',
      PBPA_TITLEEN: 'Beam management',
      '5G': '1',
    });
    const text = [isldHeader.join(','), line, `"${line}`, ...Array.from({ length: 12_000 }, () => line)].join(
      '\r\n',
    );
    const started = performance.now();
    expect(await problems(bytesOf(text))).toEqual([
      { message: 'declarations.problems.recordTooLong', params: { row: 3, limit: 1_000_000 } },
    ]);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it(
    `refuses a file naming more than ${MAX_HOLDERS.toLocaleString('en')} companies`,
    { timeout: 30_000 },
    async () => {
      const rows = Array.from(
        { length: MAX_HOLDERS + 1 },
        (_, index) => `Company ${index},TS 38.331,F${index}`,
      );
      expect(await problems(bytesOf(['holder,standard,patent family id', ...rows].join('\n')))).toEqual([
        { message: 'declarations.problems.tooManyHolders', params: { limit: MAX_HOLDERS } },
      ]);
    },
  );

  it('reports its progress in bytes, ending with the whole file', async () => {
    const text = bytesOf(isldCsv([{ COMP_LEGAL_NAME: 'Acme', TGPP_NUMBER: '38.331', DIPG_PATF_ID: '1' }]));
    const reports: [number, number | undefined][] = [];
    await readDeclarations(text, (done, total) => reports.push([done, total]));
    expect(reports.at(-1)).toEqual([text.byteLength, text.byteLength]);
  });
});
