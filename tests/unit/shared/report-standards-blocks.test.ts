import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport, type ReportData } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import type { ReportBlock, ReportTable } from '@shared/report/blocks/report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { initI18n } from '@renderer/i18n';
import { standardsReportData } from '../fixtures/report-standards';
import { reportData, reportOptions } from '../fixtures/report-workspace';

const words = (language: 'en' | 'fr') => {
  const fixed = i18next.getFixedT(language);
  return reportWords((key, params) => fixed(key as never, params), language);
};

/** The standards section's blocks (figures worked out in fixtures/report-standards.ts). */
const standardsBlocksOf = (language: 'en' | 'fr', data: ReportData = standardsReportData()) =>
  buildReportBlocks(buildBoardReport(data, reportOptions({ sections: ['standards'] })), words(language), {
    today: '2026-06-01',
    logo: '',
  });

const tables = (blocks: ReportBlock[]): ReportTable[] =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const cells = (table: ReportTable | undefined) => table?.rows.map((row) => row.map((cell) => cell.text));
const paragraphs = (blocks: ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
const headings = (blocks: ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'heading' ? [`${block.level} ${block.text}`] : []));

beforeAll(() => {
  initI18n('en');
});

describe('the standards section in blocks', () => {
  it('gives the top standards, holders by country and the royalty stack under their headings', () => {
    const blocks = standardsBlocksOf('en');
    expect(headings(blocks)).toEqual([
      '1 Standards and patent exposure',
      '2 Standards with the largest uncovered share',
      '2 Holders by country',
      '2 Royalty stack of the main devices (estimate)',
    ]);
    const [top, countries, stack] = tables(blocks);
    expect(top?.columns).toEqual([
      'Standard',
      'Dependencies',
      'Declared families',
      'Holders',
      'HHI (band)',
      'Uncovered share',
    ]);
    expect(cells(top)).toEqual([
      ['TS 36.331', '2', '40', '2', '6,250 (Highly concentrated)', '100%'],
      ['TS 38.331', '1', '100', '3', '3,600 (Highly concentrated)', '60%'],
      ['TS 23.501', '1', '10', '1', '10,000 (Highly concentrated)', '0%'],
    ]);
    expect(top?.rows.map((row) => row[5]?.tone)).toEqual(['high', 'high', 'low']);
    expect(top?.rows[0]?.[0]?.source).toBe('/standards/view/TS%2036.331');
    expect(cells(countries)).toEqual([
      ['China', '2', '90', '60%'],
      ['Finland', '1', '50', '33.3%'],
      ['Country unknown', '1', '10', '6.7%'],
    ]);
    expect(cells(stack)).toEqual([
      ['gNodeB', '5', '4', '2', '1', '1', '€10.00 + $2.50'],
      ['IoT module', '3', '2', '1', '0', '1', '$2.50'],
    ]);
    // Each table sits under the heading that names it: read once.
    expect(tables(blocks).map((table) => table.labelledBy)).toEqual([
      'standards-top',
      'standards-countries',
      'standards-stack',
    ]);
  });

  it('draws holders by country as a share chart carrying each country’s holders', () => {
    const chart = standardsBlocksOf('en').find((block) => block.kind === 'shareChart');
    expect(chart?.kind === 'shareChart' && chart.bars).toEqual([
      { label: 'China', count: 2, share: 90 / 150 },
      { label: 'Finland', count: 1, share: 50 / 150 },
      { label: 'Country unknown', count: 1, share: 10 / 150 },
    ]);
  });

  it('always says the declarations are self-declared, names the files, and calls the stack an estimate', () => {
    const text = paragraphs(standardsBlocksOf('en'));
    expect(text).toContain(i18next.getFixedT('en')('declarations.caveat'));
    expect(text).toContain('Declarations in force: declarations-2026.csv (imported May 1, 2026).');
    expect(text.some((line) => line.startsWith('An estimate, not an amount owed'))).toBe(true);
    expect(text).toContain(
      '3 of the 3 standards in use with declared families, largest uncovered share first. Uncovered: no SEP licence of ours with the holder covers the standard and no dependency implementing it has a supply contract with IP indemnity.',
    );
  });

  it('words everything in French for a French report', () => {
    const blocks = standardsBlocksOf('fr');
    expect(headings(blocks)[0]).toBe('1 Normes et exposition aux brevets');
    const [top, countries, stack] = tables(blocks);
    // French writes 6 250 with a narrow no-break space and 100 % with a no-break space.
    expect(cells(top)?.[0]).toEqual([
      'TS 36.331',
      '2',
      '40',
      '2',
      '6\u202f250 (Fortement concentré)',
      '100\u00a0%',
    ]);
    expect(cells(countries)?.map((row) => row[0])).toEqual(['Chine', 'Finlande', 'Pays inconnu']);
    expect(cells(stack)?.[0]?.[6]).toBe('10,00\u00a0€ + 2,50\u00a0$US');
    expect(paragraphs(blocks)).toContain(i18next.getFixedT('fr')('declarations.caveat'));
  });

  it('is one line when no dependency in scope lists a standard', () => {
    const blocks = standardsBlocksOf('en', reportData());
    expect(blocks).toEqual([
      expect.objectContaining({ kind: 'heading', text: 'Standards and patent exposure' }),
      {
        kind: 'paragraph',
        text: 'No dependency in scope lists a standard: this section is omitted.',
        tone: 'note',
      },
    ]);
  });

  it('says no share can be given without declarations, with the caveat, and draws no table', () => {
    const blocks = standardsBlocksOf('en', standardsReportData({ declarationSets: [] }));
    expect(tables(blocks)).toEqual([]);
    expect(paragraphs(blocks)[0]).toBe(
      '3 standards in use, but no declarations file is imported: no share can be given. Import ETSI’s ISLD export or the declarations template on the Standards screen.',
    );
    expect(paragraphs(blocks)).toContain(i18next.getFixedT('en')('declarations.caveat'));
  });
});
