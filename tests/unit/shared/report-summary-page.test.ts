import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport, type ReportData, type ReportSectionId } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import type { ReportBlock } from '@shared/report/blocks/report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { verdictColours, verdictTone, verdictToneValues } from '@shared/report/blocks/verdict-tones';
import { initI18n } from '@renderer/i18n';
import { r1, r2, r3, r4, r6, reportData, reportOptions, today } from '../fixtures/report-workspace';

const words = (language: 'en' | 'fr') => {
  const fixed = i18next.getFixedT(language);
  return reportWords((key, params) => fixed(key as never, params), language);
};

const blocksOf = (
  sections: ReportSectionId[],
  language: 'en' | 'fr' = 'en',
  data: ReportData = reportData(),
): ReportBlock[] =>
  buildReportBlocks(buildBoardReport(data, reportOptions({ sections })), words(language), {
    today,
    logo: '',
  });

const only = <K extends ReportBlock['kind']>(blocks: ReportBlock[], kind: K) =>
  blocks.filter((block): block is Extract<ReportBlock, { kind: K }> => block.kind === kind);

beforeAll(() => {
  initI18n('en');
});

describe('the executive summary page', () => {
  let blocks: ReportBlock[] = [];
  beforeAll(() => {
    blocks = blocksOf(['summary']);
  });

  it('holds the key figures, the verdicts, both heatmaps and the top five risks, in that order', () => {
    expect(
      blocks.map((block) => (block.kind === 'heading' ? `${block.level} ${block.text}` : block.kind)),
    ).toEqual([
      '1 Executive summary',
      'figures',
      '2 Verdicts',
      'verdicts',
      '2 Risk heatmaps: inherent and residual',
      'heatmaps',
      '2 Top five risks by residual score',
      'table',
    ]);
  });

  it('gives the key figures of the fixture workspace, worked out by hand in board-report-summary.test', () => {
    const [figures] = only(blocks, 'figures');
    expect(Object.fromEntries(figures!.figures.map(({ label, value }) => [label, value]))).toEqual({
      Vendors: '5',
      Dependencies: '10',
      'Critical dependencies (criticality 4–5)': '3',
      'Critical dependencies exposed to high-risk vendors': '66.7%',
      'Open risks: critical / high / medium / low': '1 / 2 / 1 / 2',
      'Most concentrated domain (HHI)': 'Core network — 5,200',
      'Licence notices due within 90 days': '1',
      'Licence notices missed': '1',
      'Assessments approved': '1 / 2',
      'Assessments concluded “blocker”': '1',
    });
  });

  it('draws the inherent and residual heatmaps of the open risks, even without the heatmaps section', () => {
    const [heatmaps] = only(blocks, 'heatmaps');
    expect(heatmaps!.maps.map((map) => map.title)).toEqual(['Inherent risk', 'Residual risk']);
    const [inherent, residual] = heatmaps!.maps.map((map) => map.heatmap);
    // cells[likelihood − 1][impact − 1]: R1 5×5 before treatment, 4×5 after; R5 (5×4) is closed.
    expect(inherent?.[4]?.[4]?.riskIds).toEqual([r1.id]);
    expect(residual?.[3]?.[4]?.riskIds).toEqual([r1.id]);
    expect(inherent?.[4]?.[3]?.riskIds).toEqual([]);
    const placed = (cells: typeof inherent) =>
      (cells ?? []).flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
    expect([placed(inherent), placed(residual)]).toEqual([6, 6]);
  });

  it('lists the top five risks in a table named by the heading above it, not captioned twice', () => {
    const [table] = only(blocks, 'table');
    expect(table!.table.labelledBy).toBe('summary-top-risks');
    expect(table!.table.rows.map((row) => row[0]?.text)).toEqual(
      [r1, r2, r3, r4, r6].map((risk) => risk.title),
    );
  });
});

describe('the verdicts’ colours', () => {
  it('maps each severity of the model to its tone: high red, medium amber', () => {
    expect(verdictTone('high')).toBe('high');
    expect(verdictTone('medium')).toBe('medium');
    expect(verdictColours.high.fill).toBe('C92A2A');
    expect(verdictColours.medium.fill).toBe('F59F00');
    expect(verdictColours.clear.fill).toBe('2B8A3E');
    expect(new Set(verdictToneValues.map((tone) => verdictColours[tone].fill)).size).toBe(3);
  });

  it('tags the fixture’s findings high then medium, each with its word, in English and in French', () => {
    const tags = (language: 'en' | 'fr') =>
      only(blocksOf(['summary'], language), 'verdicts')[0]!.verdicts.map(
        ({ tone, label }) => `${tone} ${label}`,
      );
    // Three concentrated domains, the exposure, a critical risk, a missed notice, a blocker; then a notice due
    // soon and an overdue action (board-report-summary.test).
    expect(tags('en')).toEqual([...Array<string>(7).fill('high High'), 'medium Medium', 'medium Medium']);
    expect(tags('fr')).toEqual([...Array<string>(7).fill('high Élevé'), 'medium Moyen', 'medium Moyen']);
  });

  it('says "clear" in green when nothing calls for the board’s attention', () => {
    const empty: ReportData = {
      ...reportData(),
      vendors: [],
      dependencies: [],
      licences: [],
      risks: [],
      assessments: [],
      sbomComponents: [],
    };
    const [verdicts] = only(blocksOf(['summary'], 'en', empty), 'verdicts');
    expect(verdicts!.verdicts).toEqual([
      { tone: 'clear', label: 'Clear', text: 'No finding calls for the board’s attention.' },
    ]);
  });
});

describe('table names', () => {
  it('drops a caption the heading above already says, and keeps one that says more', () => {
    const tables = only(blocksOf(['concentration', 'appendix']), 'table').map(({ table }) => [
      table.caption,
      table.labelledBy,
    ]);
    expect(tables).toEqual([
      ['Concentration by network domain', 'section-concentration'],
      ['Risk register', undefined],
    ]);
  });
});
