import { describe, expect, it } from 'vitest';
import {
  blankMove,
  decisionFormSchema,
  fieldOfIssue,
  toDecisionFormValues,
  type DecisionFormValues,
} from '@renderer/features/decisions/decisionFormValues';

const dependencyId = '00000000-0000-4000-8000-0000000000d1';
const vendorId = '00000000-0000-4000-8000-0000000000a1';

const filled = (): DecisionFormValues => {
  const values = toDecisionFormValues();
  values.question = 'Second RAN source?';
  values.owner = 'CTO office';
  values.subject.dependencyIds = [dependencyId];
  const [stay, second] = values.options;
  if (!stay || !second) throw new Error('a blank decision starts with two options');
  stay.title = 'Stay';
  second.title = 'Second source';
  second.moves = [{ ...blankMove(), dependencyId, toVendorId: vendorId, share: 40 }];
  return values;
};

const issues = (values: DecisionFormValues) => {
  const parsed = decisionFormSchema.safeParse(values);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('the decision form', () => {
  it('starts with two options and saves what was typed, keeping only the destination chosen', () => {
    const values = filled();
    const move = values.options[1]?.moves[0];
    if (move) move.candidate.name = 'typed, then the user chose a recorded vendor';
    const parsed = decisionFormSchema.parse(values);
    expect(parsed.options).toHaveLength(2);
    expect(parsed.options[1]?.moves).toEqual([{ dependencyId, toVendorId: vendorId, share: 40 }]);
    expect(parsed.subject).toEqual({ type: 'dependencies', dependencyIds: [dependencyId] });
  });

  it('refuses a share above 100 % and a negative cost on their fields', () => {
    const values = filled();
    const [stay, second] = values.options;
    if (!stay || !second?.moves[0]) throw new Error('filled');
    second.moves[0].share = 120;
    stay.oneOffCost = -5;
    expect(issues(values)).toEqual(
      expect.arrayContaining([
        'options.1.moves.0.share:decisions.validation.share',
        'options.0.oneOffCost:validation.nonNegative',
      ]),
    );
  });

  it('keeps an empty number for the schema: a cost defaults to 0, a share is asked for', () => {
    const values = filled();
    const [stay, second] = values.options;
    if (!stay || !second?.moves[0]) throw new Error('filled');
    stay.oneOffCost = '';
    second.moves[0].share = '';
    expect(issues(values)).toEqual(['options.1.moves.0.share:validation.number']);
  });

  it('shows a refusal about one picked record on its picker', () => {
    expect(fieldOfIssue(['subject', 'dependencyIds', 3])).toBe('subject.dependencyIds');
    expect(fieldOfIssue(['options', 1, 'followUp', 0, 'riskIds', 2])).toBe('options.1.followUp.0.riskIds');
    expect(fieldOfIssue(['options', 1, 'moves', 0, 'toVendorId'])).toBe('options.1.moves.0.toVendorId');
  });
});
