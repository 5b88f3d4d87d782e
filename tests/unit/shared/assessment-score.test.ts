import { describe, expect, it } from 'vitest';
import { scoreAssessment, type Assessment, type Checklist } from '@shared/domain';

type Item = Checklist['sections'][number]['items'][number];

const item = (id: string, answerType: Item['answerType'], weight = 1): Item => ({
  id,
  text: id,
  answerType,
  weight,
});

const answers = (values: Record<string, Assessment['answers'][string]['value']>): Assessment['answers'] =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, evidenceIds: [] }]));

describe('scoreAssessment', () => {
  it('scores yes, partial and no as 1, 0.5 and 0', () => {
    const checklist = {
      sections: [
        { id: 's', title: 'S', items: [item('a', 'yes-no'), item('b', 'yes-no'), item('c', 'yes-no')] },
      ],
    };
    const { overall } = scoreAssessment(checklist, answers({ a: 'yes', b: 'partial', c: 'no' }));
    expect(overall).toEqual({ score: 50, completion: 1, answered: 3, total: 3, scoredWeight: 3 });
  });

  it('weighs items by their weight', () => {
    const checklist = {
      sections: [{ id: 's', title: 'S', items: [item('a', 'yes-no', 3), item('b', 'yes-no', 1)] }],
    };
    expect(scoreAssessment(checklist, answers({ a: 'yes', b: 'no' })).overall.score).toBe(75);
    expect(scoreAssessment(checklist, answers({ a: 'no', b: 'yes' })).overall.score).toBe(25);
  });

  it('excludes na from the score but counts it as answered', () => {
    const checklist = {
      sections: [{ id: 's', title: 'S', items: [item('a', 'yes-no'), item('b', 'yes-no', 5)] }],
    };
    const { overall } = scoreAssessment(checklist, answers({ a: 'yes', b: 'na' }));
    expect(overall).toEqual({ score: 100, completion: 1, answered: 2, total: 2, scoredWeight: 1 });
  });

  it('scores maturity as value ÷ 4 and allows na on maturity items', () => {
    const checklist = {
      sections: [
        {
          id: 's',
          title: 'S',
          items: [item('m1', 'maturity'), item('m2', 'maturity'), item('m3', 'maturity')],
        },
      ],
    };
    const { overall } = scoreAssessment(checklist, answers({ m1: 3, m2: 0, m3: 'na' }));
    expect(overall.score).toBe(37.5);
    expect(overall.scoredWeight).toBe(2);
    expect(overall.answered).toBe(3);
  });

  it('scores a maturity item rated as a concern the other way round: 0 = best, 4 = worst', () => {
    const concern = (id: string): Item => ({ ...item(id, 'maturity'), higherIsWorse: true });
    const checklist = {
      sections: [{ id: 's', title: 'S', items: [concern('c1'), concern('c2'), item('m', 'maturity')] }],
    };
    const { overall } = scoreAssessment(checklist, answers({ c1: 0, c2: 3, m: 3 }));
    // (1 + 0.25 + 0.75) ÷ 3
    expect(overall.score).toBeCloseTo(66.667, 3);
  });

  it('counts text and date answers towards completion only', () => {
    const checklist = {
      sections: [
        {
          id: 's',
          title: 'S',
          items: [item('y', 'yes-no'), item('t', 'text', 10), item('d', 'date'), item('e', 'text')],
        },
      ],
    };
    const { overall } = scoreAssessment(
      checklist,
      answers({ y: 'partial', t: 'Contract clause 14.2', d: '2025-06-30', e: '   ' }),
    );
    expect(overall).toEqual({ score: 50, completion: 0.75, answered: 3, total: 4, scoredWeight: 1 });
  });

  it('leaves the score null when only unscored answers exist, and unanswered items out of the score', () => {
    const checklist = {
      sections: [{ id: 's', title: 'S', items: [item('t', 'text'), item('y', 'yes-no')] }],
    };
    expect(scoreAssessment(checklist, answers({ t: 'Yes, see annex' })).overall).toEqual({
      score: null,
      completion: 0.5,
      answered: 1,
      total: 2,
      scoredWeight: 0,
    });
    expect(scoreAssessment(checklist, answers({ y: null })).overall.answered).toBe(0);
  });

  it('treats a value of the wrong shape for the item type as unanswered', () => {
    const checklist = {
      sections: [{ id: 's', title: 'S', items: [item('y', 'yes-no'), item('m', 'maturity')] }],
    };
    const { overall } = scoreAssessment(checklist, answers({ y: 3, m: 'yes' }));
    expect(overall).toMatchObject({ score: null, answered: 0 });
  });

  it('reports each section and weighs the overall score by item, not by section', () => {
    const checklist = {
      sections: [
        { id: 'one', title: 'One', items: [item('a', 'yes-no')] },
        {
          id: 'three',
          title: 'Three',
          items: [item('b', 'yes-no'), item('c', 'yes-no'), item('d', 'yes-no')],
        },
      ],
    };
    const result = scoreAssessment(checklist, answers({ a: 'no', b: 'yes', c: 'yes', d: 'yes' }));
    expect(result.overall.score).toBe(75); // a section mean would give 50
    expect(result.sections).toEqual([
      { sectionId: 'one', score: 0, completion: 1, answered: 1, total: 1, scoredWeight: 1 },
      { sectionId: 'three', score: 100, completion: 1, answered: 3, total: 3, scoredWeight: 3 },
    ]);
  });

  it('handles an empty checklist and no answers', () => {
    expect(scoreAssessment({ sections: [] }, {})).toEqual({
      overall: { score: null, completion: 0, answered: 0, total: 0, scoredWeight: 0 },
      sections: [],
    });
    const result = scoreAssessment({ sections: [{ id: 's', title: 'S', items: [item('a', 'yes-no')] }] }, {});
    expect(result.overall).toEqual({ score: null, completion: 0, answered: 0, total: 1, scoredWeight: 0 });
  });

  it('ignores answers to items that are not in the checklist', () => {
    const checklist = { sections: [{ id: 's', title: 'S', items: [item('a', 'yes-no')] }] };
    expect(scoreAssessment(checklist, answers({ a: 'yes', gone: 'no' })).overall).toMatchObject({
      score: 100,
      answered: 1,
    });
  });
});
