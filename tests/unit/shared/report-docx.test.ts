import i18next from 'i18next';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { initI18n } from '@renderer/i18n';
import { buildReportDocx } from '@shared/report/docx/build-report-docx';
import { toneShading } from '@shared/report/docx/tones';
import { verdictColours } from '@shared/report/blocks/verdict-tones';
import { frame, pngLogo, reportBlocks, svgLogo } from '../fixtures/report-blocks';
import { bravo, r1, reportData, reportOptions } from '../fixtures/report-workspace';
import { malformedXmlParts, unXmlText, xmlPart } from '../fixtures/xml-parts';

const unzip = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing from the docx`);
    return file.async('string');
  };
  return { names: Object.keys(zip.files), read };
};

const matches = (xml: string, pattern: RegExp): string[] =>
  [...xml.matchAll(pattern)].map((match) => match[1] ?? '');

const decode = (text: string) =>
  text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The visible text of a fragment of WordprocessingML. */
const textOf = (xml: string) => decode(matches(xml, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g).join(''));

const paragraphsOf = (xml: string) =>
  matches(xml, /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g).map((paragraph) => ({
    xml: paragraph,
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1],
    text: textOf(paragraph),
  }));

/** Each table as rows of cells, each cell its text, fill and alignment. */
const tablesOf = (xml: string) =>
  matches(xml, /<w:tbl>([\s\S]*?)<\/w:tbl>/g).map((table) =>
    matches(table, /<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g).map((row) => ({
      repeatedHeader: row.includes('<w:tblHeader/>'),
      cells: matches(row, /<w:tc>([\s\S]*?)<\/w:tc>/g).map((cell) => ({
        text: textOf(cell),
        fill: /<w:shd [^>]*w:fill="([0-9A-F]+)"/.exec(cell)?.[1],
        right: cell.includes('<w:jc w:val="right"/>'),
      })),
    })),
  );

const texts = (table: ReturnType<typeof tablesOf>[number]) =>
  table.map((row) => row.cells.map((cell) => cell.text));

const build = async (logo?: string, language: 'en' | 'fr' = 'en') => {
  const docx = await unzip(await buildReportDocx(reportBlocks(logo), { ...frame, language }));
  return { ...docx, document: await docx.read('word/document.xml') };
};

describe('buildReportDocx', () => {
  it('writes the title and headings with Word’s heading styles, in the order of the blocks', async () => {
    const { document } = await build();
    const headings = paragraphsOf(document)
      .filter(({ style }) => style === 'Title' || style?.startsWith('Heading'))
      .map(({ style, text }) => [style, text]);
    expect(headings).toEqual([
      ['Title', 'Supply-chain and sovereignty report'],
      ['Heading1', 'Executive summary'],
      ['Heading2', 'Verdicts'],
      ['Heading2', 'Top five risks by residual score'],
      ['Heading1', 'Risk heatmaps'],
      ['Heading1', 'Concentration by network domain'],
      ['Heading1', 'Licences and contracts'],
      ['Heading1', 'Checklist coverage'],
    ]);
  });

  it('puts the cover on its own page, with its organisation, date, marking and labelled lines', async () => {
    const paragraphs = paragraphsOf((await build()).document);
    const pageBreak = paragraphs.findIndex(({ xml }) => xml.includes('<w:br w:type="page"/>'));
    const firstHeading = paragraphs.findIndex(({ text }) => text === 'Executive summary');
    expect(pageBreak).toBeGreaterThan(0);
    expect(pageBreak).toBeLessThan(firstHeading);
    expect(paragraphs.slice(0, pageBreak).map(({ text }) => text)).toEqual(
      expect.arrayContaining([
        'Nordtel Networks',
        '1 June 2026',
        'CONFIDENTIAL',
        'Prepared by: Office of the CISO',
        'Approved by: Chief Technology Officer',
      ]),
    );
  });

  it('writes figures, verdicts, tables, the heatmaps and the charts as Word tables, cells in order', async () => {
    const tables = tablesOf((await build()).document);
    const axes = ['Likelihood \\ Impact', '1', '2', '3', '4', '5'];
    expect(tables.map(texts)).toEqual([
      // Two figures to a row, so the summary keeps to one page.
      [['Vendors', '5', 'Most concentrated domain (HHI)', 'Core 4,444']],
      [
        ['High', 'The core domain is highly concentrated (HHI 4,444).'],
        ['Medium', '1 licence notice falls due within 90 days.'],
      ],
      [
        ['Risk', 'Residual', 'Owner'],
        ['Single core supplier', '25 critical', 'CTO'],
        ['Licence lock-in', '6 medium', 'CISO'],
      ],
      // Inherent and residual side by side, a blank cell between: the 4 × 2 risk is at 2 × 2 on the right.
      [
        ['Inherent risk', '', 'Residual risk'],
        [...axes, '', ...axes],
        ['5', '0', '0', '0', '0', '2', '', '5', '0', '0', '0', '0', '2'],
        ['4', '0', '1', '0', '0', '0', '', '4', '0', '0', '0', '0', '0'],
        ['3', '0', '0', '0', '0', '0', '', '3', '0', '0', '0', '0', '0'],
        ['2', '0', '0', '0', '0', '0', '', '2', '0', '1', '0', '0', '0'],
        ['1', '0', '0', '1', '0', '0', '', '1', '0', '0', '1', '0', '0'],
      ],
      [
        ['Domain', 'HHI', 'Band'],
        ['Core', '4,444', 'High'],
        ['Transport', '812', 'Unconcentrated'],
      ],
      [
        ['Month', 'Notices', 'Expiries'],
        ['Jun 2026', '2', '0'],
        ['Jul 2026', '0', '1'],
      ],
      [
        ['Checklist', 'Coverage', 'Completion'],
        ['NIS2 supplier', '50%', '88%'],
      ],
    ]);
  });

  it('says a table’s empty sentence instead of an empty table', async () => {
    const { document } = await build();
    expect(paragraphsOf(document).map(({ text }) => text)).toContain('No action planned.');
    expect(tablesOf(document).flatMap(texts).flat()).not.toContain('Action');
  });

  it('repeats header rows on each page and aligns numbers right', async () => {
    const [figures, , topRisks] = tablesOf((await build()).document);
    expect(figures?.some((row) => row.repeatedHeader)).toBe(false);
    expect(topRisks?.map((row) => row.repeatedHeader)).toEqual([true, false, false]);
    expect(topRisks?.slice(1).map((row) => row.cells.map((cell) => cell.right))).toEqual([
      [false, true, false],
      [false, true, false],
    ]);
  });

  it('shades cells by their tone, heatmap cells by the level of likelihood × impact', async () => {
    const [, , topRisks, heatmaps, concentration] = tablesOf((await build()).document);
    expect(topRisks?.[1]?.cells.map((cell) => cell.fill)).toEqual([undefined, toneShading.high, undefined]);
    expect(topRisks?.[2]?.cells[1]?.fill).toBe(toneShading.medium);
    // Row 0 holds the titles, row 1 the impacts; the right map's cells start after the left's six and the gap.
    const fill = (likelihood: number, impact: number, offset = 0) =>
      heatmaps?.[7 - likelihood]?.cells[offset + impact]?.fill;
    for (const offset of [0, 7]) {
      expect([fill(5, 5, offset), fill(4, 3, offset), fill(2, 3, offset), fill(1, 4, offset)]).toEqual([
        toneShading.critical,
        toneShading.high,
        toneShading.medium,
        toneShading.low,
      ]);
    }
    expect(concentration?.slice(1).map((row) => row.cells[2]?.fill)).toEqual([
      toneShading.high,
      toneShading.low,
    ]);
  });

  it('tags each verdict in the colour of its tone, with its word', async () => {
    const [, verdicts] = tablesOf((await build()).document);
    expect(verdicts?.map((row) => [row.cells[0]?.text, row.cells[0]?.fill])).toEqual([
      ['High', verdictColours.high.fill],
      ['Medium', verdictColours.medium.fill],
    ]);
  });

  it('names a table by the heading above it rather than captioning it again', async () => {
    const paragraphs = paragraphsOf((await build()).document);
    expect(paragraphs.filter(({ text }) => text === 'Top five risks by residual score')).toHaveLength(1);
    // A table under a heading of other words keeps its caption.
    expect(paragraphs.map(({ text }) => text)).toContain('Treatment plan');
  });

  it('starts each section on a new page, the summary right after the cover', async () => {
    const paragraphs = paragraphsOf((await build()).document);
    const breaks = paragraphs
      .filter(({ style }) => style === 'Heading1')
      .map(({ text, xml }) => [text, xml.includes('<w:pageBreakBefore/>')]);
    expect(breaks).toEqual([
      ['Executive summary', false],
      ['Risk heatmaps', true],
      ['Concentration by network domain', true],
      ['Licences and contracts', true],
      ['Checklist coverage', true],
    ]);
  });

  it('colours toned paragraphs and leaves the app’s sources out', async () => {
    const { document } = await build();
    const paragraphs = paragraphsOf(document);
    const verdict = paragraphs.find(({ text }) => text.startsWith('2 open risks'));
    const note = paragraphs.find(({ text }) => text.startsWith('Scores are'));
    expect(verdict?.xml).toContain('<w:color w:val="B42318"/>');
    expect(note?.xml).toContain('<w:i/>');
    expect(document).not.toContain('#/');
  });

  it('runs a header with organisation, marking and title, and a footer with PAGE of NUMPAGES', async () => {
    const { names, read } = await build();
    const headerName = names.find((name) => /^word\/header\d*\.xml$/.test(name)) ?? 'word/header.xml';
    const footerName = names.find((name) => /^word\/footer\d*\.xml$/.test(name)) ?? 'word/footer.xml';
    expect(textOf(await read(headerName))).toBe(
      'Nordtel Networks — CONFIDENTIAL\tSupply-chain and sovereignty report',
    );
    const footer = await read(footerName);
    expect(
      matches(footer, /<w:(?:t|instrText)(?:\s[^>]*)?>([^<]*)<\/w:(?:t|instrText)>/g).map((part) =>
        part.trim(),
      ),
    ).toEqual(['Page', 'PAGE', 'of', 'NUMPAGES']);
  });

  it('lays out A4 portrait pages and records title, creator and language', async () => {
    const { document, read } = await build(undefined, 'fr');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>Supply-chain and sovereignty report</dc:title>');
    expect(core).toContain('<dc:creator>Nordtel Networks</dc:creator>');
    expect(await read('word/styles.xml')).toContain('<w:lang w:val="fr-FR"/>');
  });

  it('embeds a raster logo on the cover, and goes without an SVG one', async () => {
    const withPng = await build(pngLogo);
    expect(withPng.names.filter((name) => name.startsWith('word/media/'))).toEqual(['word/media/image1.png']);
    expect(withPng.document).toContain('<w:drawing>');
    for (const logo of [svgLogo, undefined]) {
      const without = await build(logo);
      expect(without.names.some((name) => name.startsWith('word/media/'))).toBe(false);
      expect(without.document).not.toContain('<w:drawing>');
    }
  });
});

describe('the Word report from stored text XML cannot hold', () => {
  beforeAll(() => {
    initI18n('en');
  });

  it('is well-formed in every part, the words around those characters kept', async () => {
    const data = reportData();
    const stored = {
      ...data,
      vendors: data.vendors.map((vendor) =>
        vendor.id === bravo.id ? { ...vendor, name: unXmlText } : vendor,
      ),
      risks: data.risks.map((risk) =>
        risk.id === r1.id ? { ...risk, title: unXmlText, owner: unXmlText } : risk,
      ),
      organisation: { name: unXmlText, country: 'FR' },
    };
    const options = reportOptions({ title: unXmlText, preparedBy: unXmlText });
    const fixed = i18next.getFixedT('en');
    const words = reportWords((key, params) => fixed(key as never, params), 'en');
    const blocks = buildReportBlocks(buildBoardReport(stored, options), words, {
      today: '2026-06-01',
      logo: '',
    });
    const bytes = await buildReportDocx(blocks, { ...frame, title: unXmlText, organisation: unXmlText });

    expect(malformedXmlParts(bytes)).toEqual([]);
    const document = xmlPart(bytes, 'word/document.xml');
    expect(textOf(document)).toContain('Bravo Core lone half end');
    expect(xmlPart(bytes, 'word/header1.xml')).toContain('Bravo Core lone half end');
  });
});
