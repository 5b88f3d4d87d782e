import i18next from 'i18next';
import type { Worksheet } from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRegistersWorkbook, type RegistersInput } from '@shared/export';
import { loadExcelJs } from '@shared/import/libraries';
import { initI18n } from '@renderer/i18n';
import { registerLabels } from '@renderer/ui/registerLabels';
import {
  coreDecided,
  coreFirst,
  decisionsData,
  dualSourceRan,
  ranQuestion,
} from '../fixtures/report-decisions';

/**
 * The RAN question's second option given switching costs (integration 5,000, training 1,000) and a yearly
 * saving of 2,000: over the decision's 5 years it costs 50,000 + 6,000 − 10,000 = 46,000. Its cost then
 * scores 100 × (80,000 − 46,000) ÷ 70,000 = 48.571 and it totals 50 + 9.714 + 4 + 20 = 83.7 (see the
 * fixture for the other criteria); the two others keep 95 and 50.
 */
const withSwitching = {
  ...ranQuestion,
  options: ranQuestion.options.map((option) =>
    option.id === dualSourceRan
      ? {
          ...option,
          switchingCosts: { ...option.switchingCosts, integration: 5000, training: 1000 },
          annualCostDelta: -2000,
        }
      : option,
  ),
};

const input = (language: 'en' | 'fr'): RegistersInput => {
  const data = decisionsData();
  const fixed = i18next.getFixedT(language);
  return {
    records: { ...data, decisions: [coreFirst, withSwitching, coreDecided] },
    checklists: data.checklists,
    labels: registerLabels((key, params) => fixed(key as never, params)),
  };
};

const sheetOf = async (language: 'en' | 'fr', name: string): Promise<Worksheet> => {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  await workbook.xlsx.load((await buildRegistersWorkbook(input(language))).buffer);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

const rowsOf = (sheet: Worksheet): unknown[][] =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));

beforeAll(() => {
  initI18n('en');
});

describe('the workbook’s Decisions sheet', () => {
  it('has a row per option: question, status, option and kind, costs, months, score, rank, chosen', async () => {
    const [header, ...rows] = rowsOf(await sheetOf('en', 'Decisions'));
    expect(header).toEqual([
      'Question',
      'Revision',
      'Latest revision',
      'Status',
      'Owner',
      'Due date',
      'Option',
      'Kind of option',
      'One-off cost',
      'Switching costs',
      'Annual cost change',
      'Years counted',
      'Cost over the years counted',
      'Months to implement',
      'Weighted score (0–100)',
      'Rank',
      'Chosen',
      'Approved by',
      'Approved on',
      'ID',
    ]);
    const core = 'Do we keep the packet gateway with Bravo alone?';
    const ran = 'How do we reduce our RAN concentration?';
    // Empty cells read back as absent: the row is shorter or has holes.
    const cells = (row: unknown[] | undefined) =>
      Array.from({ length: 20 }, (_, index) => row?.[index] ?? null);
    expect(rows.map(cells)).toEqual([
      [
        core,
        1,
        'No',
        'Approved',
        'CISO',
        null,
        'Stay with Bravo',
        'Stay and renegotiate',
        0,
        0,
        0,
        5,
        0,
        0,
        40,
        2,
        'Yes',
        'Board chair',
        '2026-02-01',
        coreFirst.id,
      ],
      [
        core,
        1,
        'No',
        'Approved',
        'CISO',
        null,
        'Half to Alpha',
        'Dual-source',
        100_000,
        0,
        0,
        5,
        100_000,
        9,
        60,
        1,
        'No',
        'Board chair',
        '2026-02-01',
        coreFirst.id,
      ],
      [
        ran,
        1,
        'Yes',
        'Draft',
        'CTO',
        '2026-05-15',
        'Renegotiate with Alpha',
        'Stay and renegotiate',
        10_000,
        0,
        0,
        5,
        10_000,
        3,
        95,
        1,
        'No',
        null,
        null,
        ranQuestion.id,
      ],
      [
        ran,
        1,
        'Yes',
        'Draft',
        'CTO',
        '2026-05-15',
        'Second source for basebands',
        'Dual-source',
        50_000,
        6000,
        -2000,
        5,
        46_000,
        12,
        83.7,
        2,
        'No',
        null,
        null,
        ranQuestion.id,
      ],
      [
        ran,
        1,
        'Yes',
        'Draft',
        'CTO',
        '2026-05-15',
        'Replace the listed antennas',
        'Replace with another vendor',
        80_000,
        0,
        0,
        5,
        80_000,
        18,
        50,
        3,
        'No',
        null,
        null,
        ranQuestion.id,
      ],
      [
        core,
        2,
        'Yes',
        'Approved',
        'CISO',
        null,
        'Stay with Bravo',
        'Stay and renegotiate',
        0,
        0,
        0,
        5,
        0,
        0,
        40,
        2,
        'No',
        'Board chair',
        '2026-05-20',
        coreDecided.id,
      ],
      [
        core,
        2,
        'Yes',
        'Approved',
        'CISO',
        null,
        'Half to Alpha',
        'Dual-source',
        100_000,
        0,
        0,
        5,
        100_000,
        9,
        60,
        1,
        'Yes',
        'Board chair',
        '2026-05-20',
        coreDecided.id,
      ],
    ]);
  });

  it('is named and headed in French in a French workbook', async () => {
    const [header, first] = rowsOf(await sheetOf('fr', 'Décisions'));
    expect(header?.slice(6, 9)).toEqual(['Option', 'Nature de l’option', 'Coût ponctuel']);
    expect(first?.slice(2, 4)).toEqual(['Non', 'Approuvée']);
  });
});
