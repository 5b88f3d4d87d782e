import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  assessmentInputSchema,
  assessmentSchema,
  checklistInputSchema,
  checklistSchema,
} from '@shared/domain';

const issues = (result: { error?: z.ZodError }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message })) ?? [];

const meta = () => ({
  id: crypto.randomUUID(),
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
});

const checklist = {
  name: 'EU 5G Toolbox — operator measures',
  version: '2020.1',
  subjectType: 'vendor',
  sections: [
    {
      id: 'strategic',
      title: 'Strategic measures',
      items: [
        {
          id: 'eu-5g-sm03',
          text: 'Supplier risk profile assessed',
          answerType: 'yes-no',
          reference: 'EU-5G-SM03',
        },
        {
          id: 'eu-5g-sm05',
          text: 'Multi-vendor strategy',
          answerType: 'maturity',
          weight: 2,
          riskCategory: 'concentration',
        },
      ],
    },
  ],
};

describe('checklistInputSchema', () => {
  it('defaults item weight to 1 and builtIn to false', () => {
    const parsed = checklistInputSchema.parse(checklist);
    expect(parsed.builtIn).toBe(false);
    expect(parsed.sections[0]?.items.map((item) => item.weight)).toEqual([1, 2]);
  });

  it.each([0, -1])('refuses weight %s', (weight) => {
    const result = checklistInputSchema.safeParse({
      ...checklist,
      sections: [{ id: 's', title: 'S', items: [{ id: 'i', text: 'T', answerType: 'text', weight }] }],
    });
    expect(issues(result)).toEqual([
      { path: ['sections', 0, 'items', 0, 'weight'], message: 'validation.weight' },
    ]);
  });

  it('refuses unknown subject and answer types', () => {
    const result = checklistInputSchema.safeParse({
      ...checklist,
      subjectType: 'country',
      sections: [{ id: 's', title: 'S', items: [{ id: 'i', text: 'T', answerType: 'score' }] }],
    });
    expect(issues(result)).toEqual([
      { path: ['subjectType'], message: 'validation.choice' },
      { path: ['sections', 0, 'items', 0, 'answerType'], message: 'validation.choice' },
    ]);
  });

  it('refuses item ids used twice, even across sections, since answers are keyed by item id', () => {
    const item = { id: 'dup', text: 'T', answerType: 'yes-no' };
    const result = checklistSchema.safeParse({
      ...meta(),
      ...checklist,
      sections: [
        { id: 'a', title: 'A', items: [item] },
        { id: 'a', title: 'B', items: [{ ...item, text: 'Other' }] },
      ],
    });
    expect(issues(result)).toEqual([
      { path: ['sections', 1, 'id'], message: 'validation.duplicateId' },
      { path: ['sections', 1, 'items', 0, 'id'], message: 'validation.duplicateId' },
    ]);
  });
});

describe('assessmentInputSchema', () => {
  const valid = () => ({
    checklistId: crypto.randomUUID(),
    checklistVersion: '2020.1',
    subject: { type: 'vendor', id: crypto.randomUUID() },
  });

  it('starts as a draft, revision 1, with no answers', () => {
    expect(assessmentInputSchema.parse(valid())).toMatchObject({ status: 'draft', revision: 1, answers: {} });
  });

  it('accepts each kind of answer value', () => {
    const assessment = assessmentInputSchema.parse({
      ...valid(),
      answers: {
        a: { value: 'partial', evidenceIds: [crypto.randomUUID()], answeredAt: '2025-03-01T10:00:00Z' },
        b: { value: 3, comment: 'Two vendors in RAN' },
        c: { value: 'na' },
        d: { value: '2025-06-30' },
        e: {},
      },
      conclusion: 'warning',
      dueDate: '2025-12-31',
    });
    expect(assessment.answers.b?.value).toBe(3);
    expect(assessment.answers.e).toEqual({ value: null, evidenceIds: [] });
  });

  it('reports bad answers and fields at their path', () => {
    const result = assessmentInputSchema.safeParse({
      ...valid(),
      subject: { type: 'risk', id: '' },
      status: 'final',
      answers: { x: { value: 7, evidenceIds: ['e1'] } },
      conclusion: 'fine',
      revision: 0,
    });
    expect(issues(result)).toEqual([
      { path: ['subject', 'type'], message: 'validation.choice' },
      { path: ['subject', 'id'], message: 'validation.required' },
      { path: ['status'], message: 'validation.choice' },
      { path: ['answers', 'x', 'value'], message: 'validation.maturity' },
      { path: ['answers', 'x', 'evidenceIds', 0], message: 'validation.uuid' },
      { path: ['conclusion'], message: 'validation.choice' },
      { path: ['revision'], message: 'validation.revision' },
    ]);
  });

  it('refuses a revision that names itself as its predecessor', () => {
    const record = meta();
    const result = assessmentSchema.safeParse({ ...record, ...valid(), previousId: record.id });
    expect(issues(result)).toEqual([{ path: ['previousId'], message: 'validation.selfReference' }]);
  });
});
