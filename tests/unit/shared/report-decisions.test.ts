import i18next from 'i18next';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport, type ReportData } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import type { ReportBlock, ReportTable } from '@shared/report/blocks/report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { buildReportDocx } from '@shared/report/docx/build-report-docx';
import { initI18n } from '@renderer/i18n';
import { frame } from '../fixtures/report-blocks';
import { decisionsData } from '../fixtures/report-decisions';
import { reportData, reportOptions } from '../fixtures/report-workspace';

const words = (language: 'en' | 'fr') => {
  const fixed = i18next.getFixedT(language);
  return reportWords((key, params) => fixed(key as never, params), language);
};

const blocksOf = (language: 'en' | 'fr', data: ReportData = decisionsData()): ReportBlock[] =>
  buildReportBlocks(buildBoardReport(data, reportOptions({ sections: ['decisions'] })), words(language), {
    today: '2026-06-01',
    logo: '',
  });

const tables = (blocks: ReportBlock[]): ReportTable[] =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
const texts = (table: ReportTable | undefined) => table?.rows.map((row) => row.map((cell) => cell.text));
const paragraphs = (blocks: ReportBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

beforeAll(() => {
  initI18n('en');
});

const xmlText = (xml: string) =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('');

/** Each Word table of the document as rows of cell texts. */
const wordTables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => xmlText(cell[1] ?? '')),
    ),
  );

describe('decisionsBlocks', () => {
  it('lists the questions: open first (overdue marked), then decided, each with its recommended option', () => {
    const [questions] = tables(blocksOf('en'));
    expect(questions?.columns).toEqual(['Question', 'Owner', 'Due', 'Status', 'Recommended option']);
    expect(texts(questions)).toEqual([
      [
        'How do we reduce our RAN concentration?',
        'CTO',
        'May 15, 2026',
        'Open (draft), overdue',
        'Renegotiate with Alpha',
      ],
      ['Do we keep the packet gateway with Bravo alone?', 'CISO', '—', 'Decided', 'Half to Alpha'],
    ]);
    expect(questions?.rows[0]?.[3]?.tone).toBe('high');
  });

  it('compares each decision’s options, best first, each criterion headed by its weight', () => {
    const [, ran, core] = tables(blocksOf('en'));
    expect(ran?.columns).toEqual([
      'Rank',
      'Option',
      'Cost · 20 %',
      'Months · 10 %',
      'Concentration (HHI) · 20 %',
      'Sovereignty exposure · 20 %',
      'Continuity · 20 %',
      'Licence · 10 %',
      'Score',
    ]);
    expect(texts(ran)).toEqual([
      [
        '1',
        'Renegotiate with Alpha (stay and renegotiate)',
        '10,000',
        '3',
        '3,800',
        '2',
        '0',
        'Permissive',
        '95',
      ],
      [
        '2',
        'Second source for basebands (dual-source)',
        '50,000',
        '12',
        '3,400',
        '2',
        '0',
        'Permissive',
        '82.6',
      ],
      [
        '3',
        'Replace the listed antennas (replace the vendor)',
        '80,000',
        '18',
        '5,000',
        '2',
        '0',
        'Permissive',
        '50',
      ],
    ]);
    expect(texts(core)?.map((row) => [row[0], row[1], row[5], row[8]])).toEqual([
      ['1', 'Half to Alpha (dual-source) — chosen', '1.5', '60'],
      ['2', 'Stay with Bravo (stay and renegotiate)', '2', '40'],
    ]);
  });

  it('charts the HHI of each affected domain today and after each option', () => {
    const charts = blocksOf('en').filter((block) => block.kind === 'whatIfChart');
    expect(charts).toEqual([
      {
        kind: 'whatIfChart',
        title: 'Concentration (HHI) today and after each option, by domain',
        axis: 'HHI',
        columns: [
          'Domain',
          'Today',
          'Renegotiate with Alpha',
          'Second source for basebands',
          'Replace the listed antennas',
        ],
        domains: [{ domain: 'ran', label: 'Radio access network (RAN)', values: [3800, 3800, 3400, 5000] }],
      },
      {
        kind: 'whatIfChart',
        title: 'Concentration (HHI) today and after each option, by domain',
        axis: 'HHI',
        columns: ['Domain', 'Today', 'Stay with Bravo', 'Half to Alpha'],
        domains: [{ domain: 'core', label: 'Core network', values: [5200, 5200, 5200] }],
      },
    ]);
  });

  it('states the recommendation and the sensitivity line of each decision', () => {
    const said = paragraphs(blocksOf('en'));
    expect(said).toContain('Not yet decided. The comparison ranks Renegotiate with Alpha first (score 95).');
    expect(said).toContain(
      'Sensitivity: raising the weight of Concentration (HHI) from 20 % to 46.6 % (the others in proportion) would put Second source for basebands first.',
    );
    expect(said).toContain(
      'Decided: Half to Alpha, approved by Board chair on May 20, 2026. Rationale: Halves what a foreign order could stop.',
    );
    expect(said).toContain(
      'Sensitivity: raising the weight of Cost from 40 % to 50 % (the others in proportion) would put Stay with Bravo first.',
    );
  });

  it('says when a decision was signed off by one person, as Settings allowed', () => {
    const data = decisionsData();
    const approvedAlone = {
      ...data,
      decisions: data.decisions.map((decision) =>
        decision.status === 'approved' ? { ...decision, selfApproval: 'author' as const } : decision,
      ),
    };
    expect(paragraphs(blocksOf('en', approvedAlone))).toContain(
      'Decided: Half to Alpha, approved by Board chair on May 20, 2026. Signed off by one person, as Settings allowed: the approver also created the decision. Rationale: Halves what a foreign order could stop.',
    );
    expect(paragraphs(blocksOf('en')).join(' ')).not.toContain('Signed off by one person');
  });

  it('speaks French in a French report, numbers written the French way', () => {
    const blocks = blocksOf('fr');
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'Décisions et options' });
    const [questions, ran] = tables(blocks);
    expect(texts(questions)?.[0]?.slice(2)).toEqual([
      '15 mai 2026',
      'Ouverte (brouillon), en retard',
      'Renegotiate with Alpha',
    ]);
    // Intl writes French thousands with a narrow no-break space and decimals with a comma.
    expect(texts(ran)?.[1]).toEqual([
      '2',
      'Second source for basebands (double source)',
      '50\u202f000',
      '12',
      '3\u202f400',
      '2',
      '0',
      'Permissive',
      '82,6',
    ]);
    expect(paragraphs(blocks)).toContain(
      'Sensibilité : porter le poids de « Concentration (IHH) » de 20 % à 46,6 % (les autres en proportion) mettrait Second source for basebands en tête.',
    );
  });

  it('says in one line that there is no decision, when there is none', () => {
    const blocks = blocksOf('en', reportData());
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Decisions and options', id: 'section-decisions' },
      {
        kind: 'paragraph',
        text: 'No decision is recorded for the part of the network this report covers.',
        tone: 'note',
      },
    ]);
  });
});

describe('the Decisions section in Word', () => {
  it('writes each question as a heading, its comparison and its what-if chart as tables', async () => {
    const zip = await JSZip.loadAsync(await buildReportDocx(blocksOf('en'), frame));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const headings = [...document.matchAll(/<w:pStyle w:val="(Heading\d)"\/>[\s\S]*?<\/w:p>/g)].map(
      (match) => [match[1], xmlText(match[0])],
    );
    expect(headings).toEqual([
      ['Heading1', 'Decisions and options'],
      ['Heading2', 'How do we reduce our RAN concentration?'],
      ['Heading2', 'Do we keep the packet gateway with Bravo alone?'],
    ]);
    const [questions, ran, ranChart, , coreChart] = wordTables(document);
    expect(questions?.[1]).toEqual([
      'How do we reduce our RAN concentration?',
      'CTO',
      'May 15, 2026',
      'Open (draft), overdue',
      'Renegotiate with Alpha',
    ]);
    expect(ran?.[2]).toEqual([
      '2',
      'Second source for basebands (dual-source)',
      '50,000',
      '12',
      '3,400',
      '2',
      '0',
      'Permissive',
      '82.6',
    ]);
    expect(ranChart).toEqual([
      [
        'Domain',
        'Today',
        'Renegotiate with Alpha',
        'Second source for basebands',
        'Replace the listed antennas',
      ],
      ['Radio access network (RAN)', '3,800', '3,800', '3,400', '5,000'],
    ]);
    expect(coreChart).toEqual([
      ['Domain', 'Today', 'Stay with Bravo', 'Half to Alpha'],
      ['Core network', '5,200', '5,200', '5,200'],
    ]);
    expect(xmlText(document)).toContain(
      'Not yet decided. The comparison ranks Renegotiate with Alpha first (score 95).',
    );
  });
});
