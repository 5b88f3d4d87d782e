import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, previewImportFile } from '@shared/import';
import { storedVendor } from '../fixtures/records';
import { csv, messages } from './import-fixtures';

const empty = { vendors: [], dependencies: [], licences: [], risks: [] };
const preview = (bytes: Uint8Array) => previewImportFile('vendors', bytes, empty);

/** Deterministic pseudo-random bytes, like a binary file renamed to .csv. */
const garbage = (size: number): Uint8Array => {
  const bytes = new Uint8Array(size);
  let state = 7;
  for (let index = 0; index < size; index += 1) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[index] = state >> 16;
  }
  return bytes;
};

describe('reading an import file', () => {
  it('reads a CSV with a BOM, any header case or spacing, semicolons and blank lines, numbering rows as a spreadsheet does', async () => {
    const bytes = csv(
      '\uFEFFName;HQ Country;jurisdictions',
      'Nordic Radio;fi;FI',
      '',
      'Atlas Telecom;DE;"DE,US"',
    );
    const plan = await preview(bytes);
    expect(messages(plan)).toEqual([
      'Row 4, jurisdictions “DE,US”: Choose a country (ISO 3166-1 two-letter code).',
    ]);

    const fixed = await preview(
      csv('Name,hq_country,Jurisdictions', 'Nordic Radio,fi,FI', 'Atlas Telecom,DE,DE; US'),
    );
    expect(fixed.problems).toEqual([]);
    expect(fixed.records.map((record) => record.input)).toMatchObject([
      { name: 'Nordic Radio', hqCountry: 'fi', jurisdictions: ['FI'] },
      { name: 'Atlas Telecom', hqCountry: 'DE', jurisdictions: ['DE', 'US'] },
    ]);
  });

  it('refuses an empty file, a blank one and a header-only one, each saying so', async () => {
    expect(messages(await preview(new Uint8Array()))).toEqual(['The file is empty.']);
    expect(messages(await preview(csv('', '  ', '')))).toEqual(['The file is empty.']);
    expect(messages(await preview(csv('name,hqCountry', '')))).toEqual([
      'The file has column headers but no rows to import.',
    ]);
  });

  it('refuses 10 MB of binary garbage as neither CSV nor XLSX', async () => {
    const plan = await preview(garbage(MAX_IMPORT_BYTES));
    expect(plan.records).toEqual([]);
    expect(messages(plan)).toEqual([expect.stringContaining('neither a CSV text file nor an XLSX workbook')]);
  });

  it('refuses 10 MB of text garbage by its columns, listing a few of them', async () => {
    const line = 'lorem,ipsum,dolor,sit,amet,consectetur,adipiscing,elit,sed,do,eiusmod,tempor\n';
    const text = line.repeat(Math.floor(MAX_IMPORT_BYTES / line.length));
    const plan = await preview(new TextEncoder().encode(text));
    const [unknown, missing] = messages(plan);
    expect(unknown).toMatch(
      /^Unknown columns: “lorem”, “ipsum”.* … \(\+2\)\. Use the headers of the template \(id, name,/,
    );
    expect(missing).toBe('Required columns are missing: “name”, “hqCountry”.');
    expect(plan.records).toEqual([]);
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const plan = await preview(csv('name,hqCountry', 'A,FR', 'x'.repeat(MAX_IMPORT_BYTES)));
    expect(messages(plan)).toEqual([
      'The file is 10.0 MB, larger than the 10.0 MB an import accepts. Split it into smaller files.',
    ]);
    // Exactly at the limit is accepted (and then judged by its content).
    const atLimit = await preview(csv('name,hqCountry\nA,FR'.padEnd(MAX_IMPORT_BYTES, '\n')));
    expect(atLimit.problems).toEqual([]);
    expect(atLimit.created).toBe(1);
  });

  it('refuses a zip that is not a workbook', async () => {
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...garbage(2000)]);
    expect(messages(await preview(fake))).toEqual([
      expect.stringMatching(/^This XLSX workbook could not be read/),
    ]);
  });

  it('reports an unclosed quote with its row', async () => {
    const plan = await preview(csv('name,hqCountry,notes', 'A,FR,"never closed', 'B,DE,fine'));
    expect(messages(plan)).toContain(
      'Row 2: A quoted cell is never closed (a " is missing), so the rows after it cannot be read.',
    );
    expect(plan.records).toEqual([]);
  });
});

describe('columns of an import file', () => {
  it('names unknown, repeated and missing required columns, and unnamed columns holding values', async () => {
    expect(messages(await preview(csv('name,country,colour', 'A,FR,red')))).toEqual([
      expect.stringMatching(/^Unknown columns: “country”, “colour”\. Use the headers of the template/),
      'Required columns are missing: “hqCountry”.',
    ]);
    expect(messages(await preview(csv('name,hqCountry,Name', 'A,FR,B')))).toEqual([
      'This column appears twice. Keep only one.',
    ]);
    expect(messages(await preview(csv('name,hqCountry,', 'A,FR,', 'B,DE,x,y')))).toEqual([
      'Column 3 has values but no header. Give it the header of a template column or delete it.',
      'Column 4 has values but no header. Give it the header of a template column or delete it.',
    ]);
  });

  it('treats empty trailing columns as absent', async () => {
    const plan = await preview(csv('name,hqCountry,,', 'A,FR,,'));
    expect(plan.problems).toEqual([]);
    expect(plan.created).toBe(1);
  });
});

describe('values of an import file', () => {
  it('reports each bad value by row, column and value, with the shared validation message', async () => {
    const plan = await previewImportFile(
      'dependencies',
      csv(
        'name,vendor,kind,domain,criticality,substitutability,vendorRemoteAccess,dataLocations,footprintPct',
        'Radio,Nordic,hardware,ran,5,hard,yes,FI; SE,12,5',
        'Core,Nordic,Hardware,core,7,hard,maybe,FI; XX,150',
        ',Nordic,firmware,ran,3,moderate,no,,',
      ),
      { vendors: [storedVendor('Nordic')], dependencies: [], licences: [], risks: [] },
    );
    expect(messages(plan)).toEqual([
      'Column 10 has values but no header. Give it the header of a template column or delete it.',
    ]);

    const fixedHeaders = await previewImportFile(
      'dependencies',
      csv(
        'name,vendor,kind,domain,criticality,substitutability,vendorRemoteAccess,dataLocations,footprintPct',
        'Radio,Nordic,hardware,ran,5,hard,yes,FI; SE,"12,5"',
        'Core,Nordic,Hardware,core,7,hard,maybe,FI; XX,150',
        ',Nordic,firmware,ran,3,moderate,no,,',
      ),
      { vendors: [storedVendor('Nordic')], dependencies: [], licences: [], risks: [] },
    );
    expect(messages(fixedHeaders)).toEqual([
      'Row 3, criticality “7”: Choose a criticality from 1 (marginal) to 5 (the network stops without it).',
      'Row 3, vendorRemoteAccess “maybe”: Choose yes or no.',
      'Row 3, dataLocations “XX”: Choose a country (ISO 3166-1 two-letter code).',
      'Row 3, footprintPct “150”: Enter a number from 0 to 100.',
      'Row 4, name: This field is required.',
      'Row 4, kind “firmware”: Choose one of the options offered.',
    ]);
    // Only the row without problems is ready; the commit refuses a plan that still has problems.
    expect(fixedHeaders.records.map((record) => record.row)).toEqual([2]);
    expect(fixedHeaders.records[0]?.input).toMatchObject({ footprintPct: 12.5, vendorRemoteAccess: true });
  });

  it('reads the composite vendor columns: listings, certifications, contacts and ratings', async () => {
    const plan = await preview(
      csv(
        'name,hqCountry,listings,certifications,contacts,c1a,c2,rationale',
        'ZTE,CN,fcc-covered:2021-03-12; US-entity-list,ISO 27001|C-1|2026-06-30; NESAS,Li Wei|Sales|li@example.com,4,,State links',
        'Bad,CN,fcc-covered:2021-02-30; banned,ISO|x|soon,|no name,5,x,',
      ),
    );
    expect(plan.records[0]?.input).toMatchObject({
      listings: [
        { list: 'fcc-covered', since: '2021-03-12' },
        { list: 'us-entity-list', since: undefined },
      ],
      certifications: [
        { scheme: 'ISO 27001', reference: 'C-1', validUntil: '2026-06-30' },
        { scheme: 'NESAS' },
      ],
      contacts: [{ name: 'Li Wei', role: 'Sales', email: 'li@example.com' }],
      sovereignty: { c1a: 4, c2: null, rationale: 'State links' },
    });
    expect(messages(plan)).toEqual([
      'Row 3, listings “fcc-covered:2021-02-30”: Use a date in the form YYYY-MM-DD that exists in the calendar.',
      'Row 3, certifications “ISO|x|soon”: Use a date in the form YYYY-MM-DD that exists in the calendar.',
      'Row 3, contacts “|no name”: This field is required.',
      'Row 3, c1a “5”: Rate from 0 (no concern) to 4 (severe concern), or leave it unrated.',
      'Row 3, c2 “x”: Rate from 0 (no concern) to 4 (severe concern), or leave it unrated.',
    ]);
  });
});
