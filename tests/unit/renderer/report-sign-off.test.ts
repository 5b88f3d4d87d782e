import i18next from 'i18next';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/domain';
import { buildBoardReport, type ReportSections } from '@shared/report';
import { buildReportBlocks } from '@shared/report/blocks/build-report-blocks';
import { reportWords } from '@shared/report/blocks/report-words';
import { buildReportDocx } from '@shared/report/docx/build-report-docx';
import { initI18n } from '@renderer/i18n';
import { frame } from '../fixtures/report-blocks';
import {
  alpha,
  alphaDraft,
  bravo,
  bravoFirst,
  bravoReview,
  charlie,
  reportData,
  reportOptions,
} from '../fixtures/report-workspace';

/**
 * The board report says when single-person sign-off was used: the approved assessments whose approver
 * created them or changed their answers last, in the coverage section of the PDF (print page) and Word
 * file, which both render the same blocks.
 */
const aloneByAuthor: Assessment = {
  ...bravoFirst,
  approvedBy: 'Ines Moreau',
  approvedAt: '2026-03-02T10:00:00.000Z',
  selfApproval: 'author',
};
const aloneByEditor: Assessment = {
  ...alphaDraft,
  id: crypto.randomUUID(),
  status: 'approved',
  approvedBy: 'Marc Petit',
  approvedAt: '2026-02-10T16:30:00.000Z',
  selfApproval: 'editor',
};
/** A draft cannot have been signed off: a stray mark on it is not reported. */
const strayDraft: Assessment = { ...alphaDraft, id: crypto.randomUUID(), selfApproval: 'author' };
/** Charlie is outside the scope used below. */
const outOfScope: Assessment = {
  ...aloneByEditor,
  id: crypto.randomUUID(),
  subject: { type: 'vendor', id: charlie.id },
};

const coverage = (assessments: Assessment[], vendorIds?: string[]) =>
  (
    buildBoardReport(
      { ...reportData(), assessments },
      reportOptions({ sections: ['coverage'], scope: vendorIds ? { vendorIds } : {} }),
    ).sections as ReportSections
  ).coverage;

const words = (language: 'en' | 'fr') => {
  const fixed = i18next.getFixedT(language);
  return reportWords((key, params) => fixed(key as never, params), language);
};

const blocksOf = (assessments: Assessment[], language: 'en' | 'fr') =>
  buildReportBlocks(
    buildBoardReport({ ...reportData(), assessments }, reportOptions({ sections: ['coverage'] })),
    words(language),
    { today: '2026-06-01', logo: '' },
  );

beforeAll(() => {
  initI18n('en');
});

describe('board report: single-person sign-off', () => {
  it('lists each in-scope approved assessment signed off by its author or last editor, oldest first', () => {
    const { signedOffAlone } = coverage(
      [aloneByAuthor, bravoReview, aloneByEditor, strayDraft, outOfScope],
      [alpha.id, bravo.id],
    );
    expect(signedOffAlone).toEqual([
      {
        assessmentId: aloneByEditor.id,
        checklistName: 'Vendor baseline',
        revision: 1,
        subjectType: 'vendor',
        subjectId: alpha.id,
        subjectName: 'Alpha Radio',
        approvedBy: 'Marc Petit',
        approvedAt: '2026-02-10T16:30:00.000Z',
        selfApproval: 'editor',
        source: `/checklists/assessments/${aloneByEditor.id}`,
      },
      expect.objectContaining({
        assessmentId: aloneByAuthor.id,
        subjectName: 'Bravo Core',
        approvedBy: 'Ines Moreau',
        selfApproval: 'author',
      }),
    ]);
  });

  it('lists none when every approval had a second person', () => {
    expect(coverage([bravoFirst, bravoReview, alphaDraft]).signedOffAlone).toEqual([]);
    const blocks = blocksOf([bravoFirst, bravoReview, alphaDraft], 'en');
    expect(JSON.stringify(blocks)).not.toContain('Single-person sign-off');
  });

  it('says so in the coverage section, with a table of who signed what, in English and French', () => {
    const english = blocksOf([aloneByAuthor, bravoReview, aloneByEditor], 'en');
    expect(english).toContainEqual({
      kind: 'paragraph',
      text: 'Single-person sign-off: 2 approved assessments were signed off by the person who created them or last changed their answers, as the workbench’s settings allowed. They had no second pair of eyes.',
      tone: 'medium',
    });
    const table = english.find(
      (block) =>
        block.kind === 'table' && block.table.caption === 'Assessments signed off by a single person',
    );
    expect(table?.kind === 'table' && table.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      [
        'Vendor baseline',
        'Alpha Radio (Vendor)',
        '1',
        'Marc Petit',
        'Feb 10, 2026',
        'changed its answers last',
      ],
      ['Vendor baseline', 'Bravo Core (Vendor)', '1', 'Ines Moreau', 'Mar 2, 2026', 'created the assessment'],
    ]);
    const french = blocksOf([aloneByAuthor], 'fr');
    const frenchNote = french.find((block) => block.kind === 'paragraph' && block.tone === 'medium');
    expect(frenchNote?.kind === 'paragraph' && frenchNote.text).toContain(
      'Validation par une seule personne : 1 évaluation approuvée l’a été par la personne qui l’a créée',
    );
    const frenchTable = french.find(
      (block) => block.kind === 'table' && block.table.caption.startsWith('Évaluations validées'),
    );
    expect(frenchTable?.kind === 'table' && frenchTable.table.rows[0]?.map((cell) => cell.text)).toEqual([
      'Vendor baseline',
      'Bravo Core (Fournisseur)',
      '1',
      'Ines Moreau',
      '2 mars 2026',
      'créé l’évaluation',
    ]);
  });

  it('is in the Word file as a paragraph and a table', async () => {
    const bytes = await buildReportDocx(blocksOf([aloneByAuthor], 'en'), { ...frame, language: 'en' });
    const document = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = [...document.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1])
      .join('|');
    expect(text).toContain(
      'Single-person sign-off: 1 approved assessment was signed off by the person who created it',
    );
    expect(text).toContain('Ines Moreau|Mar 2, 2026|created the assessment');
  });
});
