import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBoardReport, reportSectionIds } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import { coverBlock } from '@shared/report/blocks/cover-block';
import { pageStyle } from '@shared/report/blocks/page-style';
import { reportWords } from '@shared/report/blocks/report-words';
import { initI18n } from '@renderer/i18n';
import { reportData } from '../fixtures/report-workspace';

const words = (language: 'en' | 'fr') => {
  const fixed = i18next.getFixedT(language);
  return reportWords((key, params) => fixed(key as never, params), language);
};

const report = (sections = [...reportSectionIds]) =>
  buildBoardReport(reportData(), {
    title: 'Q4 report',
    classification: 'SECRET',
    sections,
    scope: {},
  });

beforeAll(() => {
  initI18n('en');
});

describe('buildReportBlocks', () => {
  it('words the included sections only, each under its heading, in the report’s language', () => {
    const blocks = buildReportBlocks(report(['summary', 'appendix']), words('fr'), {
      today: '2026-06-01',
      logo: '',
    });
    const headings = blocks.flatMap((block) =>
      block.kind === 'heading' && block.level === 1 ? [block.text] : [],
    );
    expect(headings).toEqual(['Synthèse', 'Annexe : registre des risques']);
    expect(blocks.some((block) => block.kind === 'cover')).toBe(false);
  });

  it('links every figure of the summary to the screen it comes from', () => {
    const blocks = buildReportBlocks(report(['summary']), words('en'), { today: '2026-06-01', logo: '' });
    const figures = blocks.flatMap((block) => (block.kind === 'figures' ? block.figures : []));
    expect(figures.length).toBeGreaterThan(5);
    expect(figures.every((figure) => figure.source.startsWith('/'))).toBe(true);
  });

  it('counts twelve months of notices and expiries from the report date', () => {
    const blocks = buildReportBlocks(report(['licences']), words('en'), { today: '2026-06-15', logo: '' });
    const timeline = blocks.find((block) => block.kind === 'timeline');
    expect(timeline?.kind === 'timeline' && timeline.months.map((month) => month.label)).toEqual([
      'Jun 2026',
      'Jul 2026',
      'Aug 2026',
      'Sep 2026',
      'Oct 2026',
      'Nov 2026',
      'Dec 2026',
      'Jan 2027',
      'Feb 2027',
      'Mar 2027',
      'Apr 2027',
      'May 2027',
    ]);
  });
});

describe('coverBlock', () => {
  it.each([
    ['en', 'SECRET', 'SECRET'],
    ['en', 'INTERNAL', 'INTERNAL'],
    ['fr', 'INTERNAL', 'INTERNE'],
    ['fr', 'CONFIDENTIAL', 'CONFIDENTIEL'],
  ] as const)('prints the marking in the report’s language (%s: %s → %s)', (language, marking, printed) => {
    const cover = report(['cover']).sections.cover!;
    const block = coverBlock({ ...cover, classification: marking }, words(language), undefined);
    expect(block.kind === 'cover' && block.cover.classification).toBe(printed);
  });
});

describe('pageStyle', () => {
  it('writes the organisation and title into the running header as CSS strings, quotes escaped', () => {
    const css = pageStyle({
      title: 'Q4 "final"',
      organisation: 'Evil \\ Corp"; } body { display: none } /*',
      classification: 'SECRET',
      language: 'en',
      pageWord: 'Page',
      ofWord: 'of',
    });
    expect(css).toContain('content: "Evil \\\\ Corp\\"; } body { display: none } /*";');
    expect(css).toContain('content: "Q4 \\"final\\"";');
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
  });
});
