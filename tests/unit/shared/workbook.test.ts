import { describe, expect, it } from 'vitest';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import {
  actionStatusValues,
  assessmentStatusValues,
  clauseValues,
  conclusionValues,
  decisionOptionKindValues,
  dependencyKindValues,
  licenceClassValues,
  licenceTypeValues,
  listingValues,
  networkDomainValues,
  ownershipValues,
  riskCategoryValues,
  riskLevelValues,
  riskStatusValues,
  royaltyBasisValues,
  sovereigntyLevelValues,
  subjectTypeValues,
  substitutabilityValues,
  treatmentValues,
  yesNoValues,
} from '@shared/domain';
import {
  buildRegisterCsv,
  buildRegistersWorkbook,
  headerKeys,
  neutraliseCell,
  neutraliseValue,
  unneutraliseCell,
  registerNames,
  type RegisterLabels,
  type RegistersInput,
} from '@shared/export';
import { loadExcelJs } from '@shared/import/libraries';
import { storedVendor } from '../fixtures/records';
import { malformedXmlParts, unXmlText } from '../fixtures/xml-parts';
import * as fixture from '../fixtures/report-workspace';

/** Labels that are the values themselves (upper-cased for enums), so each cell shows where it came from. */
const words = <T extends string>(values: readonly T[]): Record<T, string> =>
  Object.fromEntries(values.map((value) => [value, value.toUpperCase()])) as Record<T, string>;

const criteriaAndClauses = [
  'c1a',
  'c1b',
  'c1c',
  'c1d',
  'c2',
  'c3',
  'terminationForConvenience',
  'changeOfControl',
  'sanctionsExit',
  'auditRights',
  'sourceEscrow',
  'ipIndemnity',
  'exportControl',
  'dataLocalisation',
  'stepIn',
  'supportContinuity',
] as const;

const labels: RegisterLabels = {
  sheets: {
    vendors: 'Vendors',
    dependencies: 'Dependencies',
    licences: 'Licences',
    risks: 'Risks',
    actions: 'Actions',
    assessments: 'Assessments',
    answers: 'Answers',
    decisions: 'Decisions',
  },
  headers: Object.fromEntries(
    [...headerKeys, ...criteriaAndClauses].map((key) => [key, `h:${key}`]),
  ) as RegisterLabels['headers'],
  yes: 'Yes',
  no: 'No',
  ownership: words(ownershipValues),
  listing: words(listingValues),
  sovereigntyLevel: words([...sovereigntyLevelValues, 'unrated']),
  dependencyKind: words(dependencyKindValues),
  networkDomain: words(networkDomainValues),
  substitutability: words(substitutabilityValues),
  licenceType: words(licenceTypeValues),
  licenceClass: words(licenceClassValues),
  royaltyBasis: words(royaltyBasisValues),
  clauseValue: words(clauseValues),
  riskCategory: words(riskCategoryValues),
  riskStatus: words(riskStatusValues),
  treatment: words(treatmentValues),
  riskLevel: words(riskLevelValues),
  actionStatus: words(actionStatusValues),
  subjectType: words(subjectTypeValues),
  assessmentStatus: words(assessmentStatusValues),
  conclusion: words(conclusionValues),
  answer: words(yesNoValues),
  optionKind: words(decisionOptionKindValues),
};

const injections = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];

/** Formulas behind what a spreadsheet skips (spaces, no-break and zero-width spaces, BOM) or full-width. */
const disguisedInjections = [
  ' =1+1',
  '   +1',
  "\u00a0=cmd|' /C calc'!A0",
  '\u200b=1+1',
  '\u200c-1',
  '\u200d@SUM(A1)',
  '\ufeff=1',
  '\u00a0\u200b =1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  ' ＝1',
];

const input = (): RegistersInput => {
  const data = fixture.reportData();
  return {
    records: {
      ...data,
      vendors: [
        ...data.vendors,
        ...[...injections, ...disguisedInjections].map((name) => storedVendor(name)),
      ],
    },
    checklists: data.checklists,
    labels,
  };
};

const readBack = async (bytes: Uint8Array): Promise<Workbook> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  return workbook;
};

const sheetRows = (sheet: Worksheet): unknown[][] =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

/** The row whose first cell is `first`, as header → value. */
const rowOf = (sheet: Worksheet, first: string): Record<string, unknown> => {
  const [header = [], ...rows] = sheetRows(sheet);
  const row = rows.find((cells) => cells[0] === first);
  if (!row) throw new Error(`no row starting with ${first}`);
  return Object.fromEntries(header.map((name, index) => [String(name), row[index] ?? null]));
};

describe('neutraliseCell', () => {
  it('puts an apostrophe before every text a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+33 1 23', '-5', '@SUM(A1)', '\tcmd', '\rcmd'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+33 1 23",
      "'-5",
      "'@SUM(A1)",
      "'\tcmd",
      "'\rcmd",
    ]);
  });

  it('also puts it before a formula hidden behind spaces, zero-width characters or a BOM, or full-width', () => {
    for (const text of disguisedInjections) expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves other text, a trigger character inside the text, and numbers alone', () => {
    expect(['Nokia', 'a=b', ' a=b', '\u00a0Nokia', 'x＝1', '', "'Nokia", '  '].map(neutraliseCell)).toEqual([
      'Nokia',
      'a=b',
      ' a=b',
      '\u00a0Nokia',
      'x＝1',
      '',
      "'Nokia",
      '  ',
    ]);
    expect([-2, 0, 3.5, null].map(neutraliseValue)).toEqual([-2, 0, 3.5, null]);
  });

  it('is undone by the CSV import, so every text reads back as typed, apostrophes included', () => {
    const typed = ['=1+1', "'=1", "''@x", "'Nokia", 'Nokia', '-5', "'", ''];
    // A text that already starts with an apostrophe before a formula gets one more.
    expect(typed.map(neutraliseCell)).toEqual(["'=1+1", "''=1", "'''@x", "'Nokia", 'Nokia', "'-5", "'", '']);
    expect(typed.map(neutraliseCell).map(unneutraliseCell)).toEqual(typed);
  });
});

describe('buildRegistersWorkbook', () => {
  it('writes one sheet per register with a bold, filtered, frozen header row and set widths', async () => {
    const workbook = await readBack(await buildRegistersWorkbook(input()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      registerNames.map((name) => labels.sheets[name]),
    );

    const vendors = workbook.getWorksheet('Vendors');
    expect(vendors?.getRow(1).getCell(1).value).toBe('h:name');
    expect(vendors?.getRow(1).getCell(2).value).toBe('h:legalName');
    expect(vendors?.getRow(1).font?.bold).toBe(true);
    expect(vendors?.getColumn(1).width).toBe(30);
    expect(vendors?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });

    const actions = workbook.getWorksheet('Actions');
    expect(actions?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(actions?.views[0]?.state === 'frozen' && actions.views[0].xSplit).toBeFalsy();
    for (const sheet of workbook.worksheets) {
      const columns = sheet.getRow(1).cellCount;
      expect(sheet.autoFilter, sheet.name).toMatch(new RegExp(`^A1:${sheet.getColumn(columns).letter}1$`));
    }
  });

  it('writes a row per record with names resolved and figures computed', async () => {
    const workbook = await readBack(await buildRegistersWorkbook(input()));
    const sheet = (name: string) => workbook.getWorksheet(name) as Worksheet;

    expect(sheetRows(sheet('Vendors'))).toHaveLength(1 + 5 + injections.length + disguisedInjections.length);
    expect(rowOf(sheet('Vendors'), 'Bravo Core')).toMatchObject({
      'h:sovereigntyLevel': 'CRITICAL',
      'h:sovereigntyIndex': 50,
      'h:c1a': 4,
    });
    expect(rowOf(sheet('Vendors'), 'Charlie Transport')).toMatchObject({
      'h:sovereigntyLevel': 'HIGH',
      'h:sovereigntyIndex': null,
      'h:listings': 'FCC-COVERED',
    });

    expect(sheetRows(sheet('Dependencies'))).toHaveLength(1 + 10);
    expect(rowOf(sheet('Dependencies'), 'Subscriber database')).toMatchObject({
      'h:vendor': 'Alpha Radio',
      'h:domain': 'CORE',
      'h:criticality': 4,
      'h:upstream': 'Optical backbone',
      'h:vendorRemoteAccess': 'No',
    });

    expect(rowOf(sheet('Licences'), 'Core software licence')).toMatchObject({
      'h:vendor': 'Bravo Core',
      'h:dependencies': 'Packet gateway',
      'h:endDate': '2026-12-31',
      'h:noticeDeadline': '2026-10-02',
      'h:autoRenew': 'Yes',
      'h:sanctionsExit': 'NO',
    });
    expect(rowOf(sheet('Licences'), 'Open-source network stack')['h:licenceClass']).toBe('NETWORK-COPYLEFT');

    expect(rowOf(sheet('Risks'), 'Core vendor compelled by foreign law')).toMatchObject({
      'h:inherentScore': 25,
      'h:inherentLevel': 'CRITICAL',
      'h:residualScore': 20,
      'h:residualLevel': 'CRITICAL',
      'h:vendors': 'Bravo Core',
      'h:status': 'TREATING',
    });

    expect(sheetRows(sheet('Actions'))).toHaveLength(1 + 7);
    expect(rowOf(sheet('Actions'), 'Listed transport vendor')).toMatchObject({
      'h:action': 'Replace the listed transport',
      'h:owner': 'Head of transport',
      'h:dueDate': '2026-07-15',
      'h:status': 'TODO',
    });

    const assessments = sheetRows(sheet('Assessments'));
    expect(assessments).toHaveLength(1 + 3);
    const bravoRevisions = assessments.filter((row) => row[1] === 'Bravo Core');
    // Revision 1: no, no (0 %); revision 2: yes, no (50 %); both answered all three items.
    expect(bravoRevisions.map((row) => [row[4], row[5], row[8], row[9]])).toEqual([
      [1, 'No', 100, 0],
      [2, 'Yes', 100, 50],
    ]);
    // The next review is the approved revision's own: none on the superseded one.
    const nextReview = assessments[0]?.indexOf('h:nextReviewDate') ?? -1;
    expect(bravoRevisions.map((row) => row[nextReview])).toEqual([undefined, '2027-03-31']);

    const answers = sheetRows(sheet('Answers'));
    expect(answers).toHaveLength(1 + 3 + 3 + 1);
    expect(rowOf(sheet('Answers'), 'Bravo Core')).toMatchObject({
      'h:checklist': 'Vendor baseline',
      'h:revision': 1,
      'h:section': 'Basics',
      'h:item': 'Has a security contact?',
      'h:value': 'NO',
      'h:evidenceCount': 0,
    });
  });

  it('writes formula-like text as string cells showing exactly what the user typed, in the Text format', async () => {
    const bytes = await buildRegistersWorkbook(input());
    const excel = await loadExcelJs();
    const vendors = (await readBack(bytes)).getWorksheet('Vendors') as Worksheet;
    const cells = new Map<unknown, Cell>();
    vendors.getColumn(1).eachCell((cell) => cells.set(cell.value, cell));
    // XML turns a carriage return into a line feed when the file is read back.
    for (const text of [...injections, ...disguisedInjections].map((name) => name.replace('\r', '\n'))) {
      const cell = cells.get(text);
      expect(cell?.type, JSON.stringify(text)).toBe(excel.ValueType.String);
      expect(cell?.numFmt, JSON.stringify(text)).toBe('@');
    }
    expect(cells.get('Alpha Radio')?.numFmt).toBeUndefined();
    expect([...cells.keys()].filter((value) => String(value).startsWith("'"))).toEqual([]);
    const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toContain('<f>');
  });
});

describe('registers with characters XML cannot hold in stored data', () => {
  const stored = (): RegistersInput => {
    const base = input();
    return {
      ...base,
      records: {
        ...base.records,
        vendors: [...base.records.vendors, storedVendor(unXmlText, { notes: unXmlText, tags: [unXmlText] })],
        risks: [
          ...base.records.risks,
          { ...fixture.r7, title: unXmlText, description: unXmlText, owner: unXmlText },
        ],
      },
    };
  };

  it('still writes a workbook every XML part of which is well-formed, the text around them kept', async () => {
    const bytes = await buildRegistersWorkbook(stored());
    expect(malformedXmlParts(bytes)).toEqual([]);
    const names = sheetRows((await readBack(bytes)).getWorksheet('Vendors') as Worksheet).map(
      (row) => row[0],
    );
    expect(names).toContain('Bravo Core lone half end\nnext');
  });

  it('writes the same cleaned text to the CSV', async () => {
    const csv = await buildRegisterCsv('risks', stored());
    expect(csv).toContain('"Bravo Core lone half end\nnext"');
    for (const character of ['\u0000', '\u0001', '\ufffe', '\uffff']) expect(csv).not.toContain(character);
  });
});

describe('the answers register', () => {
  it('finds no answer for an unanswered item named constructor (Object’s own property)', async () => {
    const base = input();
    const [first, ...rest] = fixture.baseline.sections;
    const renamed = first && {
      ...first,
      items: first.items.map((item) => (item.id === 'i2' ? { ...item, id: 'constructor' } : item)),
    };
    const checklist = { ...fixture.baseline, sections: renamed ? [renamed, ...rest] : rest };
    const checklists = base.checklists.map((each) => (each.id === checklist.id ? checklist : each));
    const records = { ...base.records, checklists };
    const csv = await buildRegisterCsv('answers', { ...base, records, checklists });
    const rows = Papa.parse<string[]>(csv.slice(1)).data.filter((row) =>
      row.includes('Discloses its owners?'),
    );
    expect(rows).toEqual([]);
  });
});

describe('buildRegisterCsv', () => {
  it('writes the header and a row per record, with a BOM and CRLF line ends', async () => {
    const csv = await buildRegisterCsv('risks', input());
    expect(csv.startsWith('\uFEFFh:title,h:category,h:status,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines.at(-1)).toBe('');
    // The actions in the risk's row, in the cell syntax the import reads; the id last.
    expect(lines).toContain(
      'Core vendor compelled by foreign law,SOVEREIGNTY,TREATING,MITIGATE,5,5,25,CRITICAL,4,,20,CRITICAL,CISO,,Bravo Core,,,' +
        `Dual-source the packet core|CTO|2026-05-01|DOING; Write the exit plan||2026-09-30|TODO,,${fixture.r1.id}`,
    );
  });

  it('neutralises formula text in the CSV too', async () => {
    const csv = await buildRegisterCsv('vendors', input());
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://evil.example"",""x"")",`);
    expect(csv).toContain("\r\n'+1,");
    expect(csv).toContain("\r\n'-2,");
    expect(csv).toContain("\r\n'@SUM(A1),");
    expect(csv).toContain("\r\n'\tx,");
    expect(csv).toContain(`\r\n"'\rx",`);
    expect(csv).not.toMatch(/\r\n"?=HYPERLINK/);
  });

  it('neutralises formulas behind spaces, zero-width characters and BOMs, and full-width ones', async () => {
    const rows = Papa.parse<string[]>((await buildRegisterCsv('vendors', input())).slice(1)).data;
    const names = rows.map((row) => row[0]);
    for (const text of disguisedInjections) expect(names, JSON.stringify(text)).toContain(`'${text}`);
    expect(
      names.filter((name) => name !== undefined && /^[\s\u200b-\u200d\ufeff]*[=+\-@＝＋－＠]/.test(name)),
    ).toEqual([]);
  });
});
