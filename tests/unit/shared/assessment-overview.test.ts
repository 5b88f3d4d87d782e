import { describe, expect, it } from 'vitest';
import {
  assessmentDue,
  dueAssessments,
  frameworkCoverage,
  latestRevisions,
  type Assessment,
  type Checklist,
  type SubjectType,
} from '@shared/domain';

type Overview = Pick<
  Assessment,
  'id' | 'previousId' | 'status' | 'dueDate' | 'nextReviewDate' | 'checklistId' | 'subject'
>;

const assessment = (id: string, fields: Partial<Overview> = {}): Overview => ({
  id,
  status: 'draft',
  checklistId: 'c-vendor',
  subject: { type: 'vendor', id: 'v1' },
  ...fields,
});

const checklist = (id: string, subjectType: SubjectType, builtIn: boolean): Checklist => ({
  id,
  name: id,
  version: '1',
  builtIn,
  subjectType,
  sections: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const subjects = (vendors: string[], dependencies: string[] = [], licences: string[] = []) => ({
  vendor: new Set(vendors),
  dependency: new Set(dependencies),
  licence: new Set(licences),
});

describe('latestRevisions', () => {
  it('keeps only the assessment no other revision points back to, for each chain', () => {
    const chain = [
      assessment('r1'),
      assessment('r2', { previousId: 'r1' }),
      assessment('r3', { previousId: 'r2' }),
    ];
    const single = assessment('other');
    expect(latestRevisions([...chain, single]).map(({ id }) => id)).toEqual(['r3', 'other']);
  });
});

describe('assessmentDue', () => {
  const today = '2026-03-10';

  it('is overdue the day after the due date, not on it', () => {
    expect(assessmentDue({ status: 'draft', dueDate: '2026-03-09' }, today)).toBe('overdue');
    expect(assessmentDue({ status: 'in-review', dueDate: '2026-03-10' }, today)).toBe('due-soon');
  });

  it('is due soon up to 30 days ahead, and not beyond', () => {
    expect(assessmentDue({ status: 'draft', dueDate: '2026-04-09' }, today)).toBe('due-soon');
    expect(assessmentDue({ status: 'draft', dueDate: '2026-04-10' }, today)).toBe('none');
  });

  it('is never due by its old due date once approved, nor without a due date', () => {
    expect(assessmentDue({ status: 'approved', dueDate: '2026-01-01' }, today)).toBe('none');
    expect(assessmentDue({ status: 'draft' }, today)).toBe('none');
  });

  it('measures an approved assessment by its next review', () => {
    expect(
      assessmentDue({ status: 'approved', dueDate: '2025-01-01', nextReviewDate: '2026-03-09' }, today),
    ).toBe('overdue');
    expect(assessmentDue({ status: 'approved', nextReviewDate: '2026-04-09' }, today)).toBe('due-soon');
    expect(assessmentDue({ status: 'approved', nextReviewDate: '2027-03-10' }, today)).toBe('none');
    // A draft is measured by its due date: a next review left on it means nothing.
    expect(assessmentDue({ status: 'draft', nextReviewDate: '2026-03-01' }, today)).toBe('none');
  });
});

describe('dueAssessments', () => {
  it('lists latest revisions overdue or due soon, the earliest due date first', () => {
    const list = dueAssessments(
      [
        assessment('soon', { dueDate: '2026-03-20' }),
        assessment('late', { dueDate: '2026-02-01' }),
        assessment('far', { dueDate: '2026-12-01' }),
        assessment('old', { dueDate: '2026-01-01', status: 'approved' }),
        assessment('reopened', { previousId: 'old', dueDate: '2026-03-01' }),
        assessment('superseded', { dueDate: '2025-01-01', status: 'in-review' }),
        assessment('next', { previousId: 'superseded' }),
        assessment('review', { status: 'approved', dueDate: '2025-06-01', nextReviewDate: '2026-03-15' }),
        assessment('was-due', { status: 'approved', nextReviewDate: '2026-01-15' }),
        assessment('redone', { previousId: 'was-due', status: 'approved', nextReviewDate: '2027-01-15' }),
      ],
      '2026-03-10',
    );
    expect(list.map(({ assessment: { id }, due }) => `${id}:${due}`)).toEqual([
      'late:overdue',
      'reopened:overdue',
      'review:due-soon',
      'soon:due-soon',
    ]);
  });
});

describe('frameworkCoverage', () => {
  const vendorChecklist = checklist('c-vendor', 'vendor', true);
  const licenceChecklist = checklist('c-licence', 'licence', true);
  const ownUnused = checklist('c-own-unused', 'vendor', false);
  const ownUsed = checklist('c-own', 'dependency', false);

  it('counts each subject with an approved assessment once, whatever its revisions', () => {
    const [coverage] = frameworkCoverage(
      [vendorChecklist],
      [
        assessment('a1', { status: 'approved', subject: { type: 'vendor', id: 'v1' } }),
        assessment('a2', { status: 'approved', subject: { type: 'vendor', id: 'v1' }, previousId: 'a1' }),
        assessment('a3', { status: 'approved', subject: { type: 'vendor', id: 'v2' } }),
      ],
      subjects(['v1', 'v2', 'v3', 'v4']),
    );
    expect(coverage).toEqual(
      expect.objectContaining({ assessed: 2, inProgress: 0, subjects: 4, share: 0.5 }),
    );
  });

  it('counts a subject in progress only while none of its assessments is approved', () => {
    const [coverage] = frameworkCoverage(
      [vendorChecklist],
      [
        assessment('a1', { status: 'draft', subject: { type: 'vendor', id: 'v1' } }),
        assessment('a2', { status: 'in-review', subject: { type: 'vendor', id: 'v1' } }),
        assessment('b1', { status: 'approved', subject: { type: 'vendor', id: 'v2' } }),
        assessment('b2', { status: 'draft', subject: { type: 'vendor', id: 'v2' }, previousId: 'b1' }),
      ],
      subjects(['v1', 'v2', 'v3']),
    );
    expect(coverage).toEqual(expect.objectContaining({ assessed: 1, inProgress: 1, subjects: 3 }));
  });

  it('keeps assessments to their own checklist and leaves out records since deleted', () => {
    const [vendorCoverage, licenceCoverage] = frameworkCoverage(
      [vendorChecklist, licenceChecklist],
      [
        assessment('a1', {
          status: 'approved',
          checklistId: 'c-licence',
          subject: { type: 'licence', id: 'l1' },
        }),
        assessment('a2', { status: 'approved', subject: { type: 'vendor', id: 'deleted' } }),
      ],
      subjects(['v1'], [], ['l1', 'l2']),
    );
    expect(vendorCoverage).toEqual(expect.objectContaining({ assessed: 0, subjects: 1, share: 0 }));
    expect(licenceCoverage).toEqual(expect.objectContaining({ assessed: 1, subjects: 2, share: 0.5 }));
  });

  it('lists the built-ins always and the own checklists once used; no subject gives no share', () => {
    const coverage = frameworkCoverage(
      [vendorChecklist, ownUnused, ownUsed],
      [assessment('a1', { checklistId: 'c-own', subject: { type: 'dependency', id: 'd1' } })],
      subjects([], ['d1']),
    );
    expect(coverage.map(({ checklist: { id } }) => id)).toEqual(['c-vendor', 'c-own']);
    expect(coverage[0]).toEqual(expect.objectContaining({ subjects: 0, share: null }));
    expect(coverage[1]).toEqual(expect.objectContaining({ assessed: 0, inProgress: 1, subjects: 1 }));
  });
});
