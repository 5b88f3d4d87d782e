import { describe, expect, it } from 'vitest';
import type { Assessment, Checklist } from '@shared/domain';
import {
  buildAssessmentRows,
  filterAssessmentRows,
  latestAssessmentRowsOf,
  type SubjectNames,
} from '@renderer/features/assessments/list/assessmentRows';
import {
  hasActiveAssessmentFilters,
  noAssessmentFilters,
} from '@renderer/features/assessments/list/useAssessmentFilters';

const today = '2026-03-15';

const checklist: Checklist = {
  id: 'c-vendor',
  name: 'Supplier risk profile',
  version: '2026.1',
  builtIn: true,
  subjectType: 'vendor',
  sections: [
    {
      id: 's',
      title: 'S',
      items: [
        { id: 'a', text: 'A', answerType: 'yes-no', weight: 1 },
        { id: 'b', text: 'B', answerType: 'yes-no', weight: 1 },
        { id: 'c', text: 'C', answerType: 'text', weight: 1 },
        { id: 'd', text: 'D', answerType: 'yes-no', weight: 1 },
      ],
    },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const checklists = new Map([[checklist.id, checklist]]);

const names: SubjectNames = {
  vendor: new Map([
    ['v1', 'Société Générale des Réseaux'],
    ['v2', 'Dragon Networks'],
  ]),
  dependency: new Map(),
  licence: new Map([['l1', 'RAN patent pool']]),
};

const stored = (id: string, fields: Partial<Assessment> = {}): Assessment => ({
  id,
  checklistId: checklist.id,
  checklistVersion: '2026.1',
  subject: { type: 'vendor', id: 'v1' },
  status: 'draft',
  answers: {},
  revision: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const answer = (value: Assessment['answers'][string]['value']) => ({ value, evidenceIds: [] });

describe('assessment rows', () => {
  it('show the subject name, completion and score; text answers count as done but are not scored', () => {
    const [row] = buildAssessmentRows(
      [stored('a1', { answers: { a: answer('yes'), b: answer('partial'), c: answer('Seen') } })],
      checklists,
      names,
      today,
    );
    expect(row).toEqual(
      expect.objectContaining({ subjectName: 'Société Générale des Réseaux', completion: 0.75, score: 75 }),
    );
  });

  it('have no score while nothing is scored, and nothing countable once the checklist is gone', () => {
    const [unscored, orphan] = buildAssessmentRows(
      [stored('a1'), stored('a2', { checklistId: 'deleted', subject: { type: 'vendor', id: 'gone' } })],
      checklists,
      names,
      today,
    );
    expect(unscored).toEqual(expect.objectContaining({ completion: 0, score: null }));
    expect(orphan).toEqual(
      expect.objectContaining({
        checklist: undefined,
        subjectName: undefined,
        completion: null,
        score: null,
      }),
    );
  });

  it('flag a draft past its due date as overdue, not an approved one', () => {
    const rows = buildAssessmentRows(
      [
        stored('late', { dueDate: '2026-03-14' }),
        stored('done', { dueDate: '2026-03-14', status: 'approved' }),
      ],
      checklists,
      names,
      today,
    );
    expect(rows.map((row) => row.due)).toEqual(['overdue', 'none']);
  });

  it('date an approved assessment by its next review, and a reopened one by nothing any more', () => {
    const rows = buildAssessmentRows(
      [
        stored('approved', { status: 'approved', dueDate: '2026-01-01', nextReviewDate: '2026-03-14' }),
        stored('reopened', { status: 'approved', nextReviewDate: '2026-03-01' }),
        stored('revision', { previousId: 'reopened', revision: 2, dueDate: '2026-04-30' }),
      ],
      checklists,
      names,
      today,
    );
    expect(rows.map((row) => [row.assessment.id, row.dueDate, row.due])).toEqual([
      ['approved', '2026-03-14', 'overdue'],
      ['reopened', undefined, 'none'],
      ['revision', '2026-04-30', 'none'],
    ]);
  });

  it('list the latest revision of each chain only', () => {
    const rows = latestAssessmentRowsOf(
      [stored('r1', { status: 'approved' }), stored('r2', { previousId: 'r1', revision: 2 })],
      checklists,
      names,
      today,
    );
    expect(rows.map((row) => row.assessment.id)).toEqual(['r2']);
  });
});

describe('assessment filters', () => {
  const rows = buildAssessmentRows(
    [
      stored('soc', { dueDate: '2026-01-01' }),
      stored('dragon', { subject: { type: 'vendor', id: 'v2' }, status: 'in-review' }),
      stored('pool', { subject: { type: 'licence', id: 'l1' }, checklistId: 'c-licence' }),
    ],
    checklists,
    names,
    today,
  );
  const ids = (filtered: typeof rows) => filtered.map((row) => row.assessment.id);

  it('search subject and checklist names, ignoring case and accents', () => {
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, search: 'societe reseaux' }))).toEqual([
      'soc',
    ]);
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, search: 'supplier' }))).toEqual([
      'soc',
      'dragon',
    ]);
  });

  it('combine status, checklist, kind and overdue filters with "and"', () => {
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, statuses: ['in-review'] }))).toEqual([
      'dragon',
    ]);
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, checklistIds: ['c-licence'] }))).toEqual([
      'pool',
    ]);
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, kinds: ['vendor'] }))).toEqual([
      'soc',
      'dragon',
    ]);
    expect(ids(filterAssessmentRows(rows, { ...noAssessmentFilters, overdueOnly: true }))).toEqual(['soc']);
    expect(
      ids(filterAssessmentRows(rows, { ...noAssessmentFilters, kinds: ['vendor'], statuses: ['draft'] })),
    ).toEqual(['soc']);
  });

  it('count as active once any filter is set', () => {
    expect(hasActiveAssessmentFilters(noAssessmentFilters)).toBe(false);
    expect(hasActiveAssessmentFilters({ ...noAssessmentFilters, overdueOnly: true })).toBe(true);
  });
});
