import { describe, expect, it } from 'vitest';
import {
  decisionInputSchema,
  decisionSchema,
  defaultDecisionWeights,
  type DecisionInput,
} from '@shared/domain';
import { uuid } from './fixtures';

const optionA = {
  id: uuid(201),
  kind: 'renegotiate',
  title: 'Stay and renegotiate',
  targetClauses: ['sanctionsExit'],
};
const optionB = {
  id: uuid(202),
  kind: 'dual-source',
  title: 'Second source',
  moves: [{ dependencyId: uuid(11), toVendorId: uuid(2), share: 40 }],
};

const valid = (): DecisionInput => ({
  question: 'Do we stay with our RAN vendor?',
  subject: { type: 'vendor', vendorId: uuid(1) },
  owner: 'CTO office',
  options: [optionA, optionB] as DecisionInput['options'],
});

/** The refusals of a parse as [path, message] pairs, as a form would place them. */
const issuesOf = (input: unknown): [string, string][] => {
  const result = decisionInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('Decision schema', () => {
  it('accepts a decision with two options and fills the defaults', () => {
    const decision = decisionInputSchema.parse(valid());
    expect(decision.status).toBe('draft');
    expect(decision.revision).toBe(1);
    expect(decision.weights).toEqual(defaultDecisionWeights);
    expect(decision.costHorizonYears).toBe(5);
    expect(decision.options[1]).toMatchObject({
      oneOffCost: 0,
      annualCostDelta: 0,
      switchingCosts: { equipment: 0, integration: 0, migration: 0, training: 0, licences: 0 },
      expectedResidual: {},
      followUp: [],
    });
  });

  it('refuses weights that do not add up to 100 %, on the weights', () => {
    const weights = { cost: 30, time: 10, concentration: 20, sovereignty: 20, continuity: 20, licence: 10 };
    expect(issuesOf({ ...valid(), weights })).toEqual([['weights', 'decisions.validation.weightsSum']]);
    // 33.3 + 33.3 + 33.4 is 100 to the user, whatever floating point makes of it.
    const thirds = { cost: 33.3, time: 33.3, concentration: 33.4, sovereignty: 0, continuity: 0, licence: 0 };
    expect(issuesOf({ ...valid(), weights: thirds })).toEqual([]);
    expect(issuesOf({ ...valid(), weights: { ...thirds, cost: -10, licence: 10 } })).toContainEqual([
      'weights.cost',
      'validation.percent',
    ]);
  });

  it('refuses a share above 100 % (or of nothing), on the share', () => {
    const options = [optionA, { ...optionB, moves: [{ ...optionB.moves[0], share: 120 }] }];
    expect(issuesOf({ ...valid(), options })).toEqual([
      ['options.1.moves.0.share', 'decisions.validation.share'],
    ]);
    const zero = [optionA, { ...optionB, moves: [{ ...optionB.moves[0], share: 0 }] }];
    expect(issuesOf({ ...valid(), options: zero })).toEqual([
      ['options.1.moves.0.share', 'decisions.validation.share'],
    ]);
  });

  it('refuses moving more than all of one dependency across several moves, on the move that goes over', () => {
    const moves = [
      { dependencyId: uuid(11), toVendorId: uuid(2), share: 60 },
      { dependencyId: uuid(12), toVendorId: uuid(2), share: 60 },
      { dependencyId: uuid(11), toVendorId: uuid(3), share: 50 },
    ];
    expect(issuesOf({ ...valid(), options: [optionA, { ...optionB, moves }] })).toEqual([
      ['options.1.moves.2.share', 'decisions.validation.sharesOverHundred'],
    ]);
  });

  it('refuses negative costs and months, but takes a negative annual change (a saving)', () => {
    const costly = {
      ...optionA,
      oneOffCost: -1,
      monthsToImplement: -2,
      switchingCosts: { training: -3 },
      annualCostDelta: -50_000,
    };
    expect(issuesOf({ ...valid(), options: [costly, optionB] })).toEqual([
      ['options.0.oneOffCost', 'validation.nonNegative'],
      ['options.0.monthsToImplement', 'validation.nonNegative'],
      ['options.0.switchingCosts.training', 'validation.nonNegative'],
    ]);
  });

  it('wants each move to go to one vendor or one candidate; only an exit may name neither', () => {
    const candidate = { name: 'Open RAN Co', hqCountry: 'fr' };
    const both = { ...optionB, moves: [{ ...optionB.moves[0], candidate }] };
    const neither = { ...optionB, moves: [{ dependencyId: uuid(11), share: 40 }] };
    const exit = { ...neither, kind: 'exit' };
    expect(issuesOf({ ...valid(), options: [optionA, both] })).toEqual([
      ['options.1.moves.0.toVendorId', 'decisions.validation.moveTarget'],
    ]);
    expect(issuesOf({ ...valid(), options: [optionA, neither] })).toEqual([
      ['options.1.moves.0.toVendorId', 'decisions.validation.moveTarget'],
    ]);
    expect(issuesOf({ ...valid(), options: [optionA, exit] })).toEqual([]);
    const parsed = decisionInputSchema.parse({
      ...valid(),
      options: [optionA, { ...optionB, moves: [{ dependencyId: uuid(11), candidate, share: 100 }] }],
    });
    // The candidate's country is normalised and its criteria start unrated, as a vendor's do.
    expect(parsed.options[1]?.moves[0]?.candidate).toMatchObject({
      hqCountry: 'FR',
      sovereignty: { c1a: null },
    });
  });

  it('refuses one candidate name described two ways within an option', () => {
    const moves = [
      { dependencyId: uuid(11), candidate: { name: 'Open RAN Co', hqCountry: 'FR' }, share: 100 },
      { dependencyId: uuid(12), candidate: { name: 'open ran co', hqCountry: 'DE' }, share: 100 },
    ];
    expect(issuesOf({ ...valid(), options: [optionA, { ...optionB, kind: 'replace', moves }] })).toEqual([
      ['options.1.moves.1.candidate', 'decisions.validation.candidateMismatch'],
    ]);
  });

  it('compares 2 to 6 options with distinct ids', () => {
    expect(issuesOf({ ...valid(), options: [optionA] })).toEqual([
      ['options', 'decisions.validation.tooFewOptions'],
    ]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ ...optionA, id: uuid(300 + i) }));
    expect(issuesOf({ ...valid(), options: seven })).toEqual([
      ['options', 'decisions.validation.tooManyOptions'],
    ]);
    expect(issuesOf({ ...valid(), options: [optionA, { ...optionB, id: optionA.id }] })).toEqual([
      ['options.1.id', 'validation.duplicateId'],
    ]);
  });

  it('needs a choice among the options, with a rationale, before approval', () => {
    expect(issuesOf({ ...valid(), status: 'approved' })).toEqual([
      ['chosenOptionId', 'decisions.validation.chooseOption'],
    ]);
    expect(issuesOf({ ...valid(), chosenOptionId: uuid(999), rationale: 'Cheapest.' })).toEqual([
      ['chosenOptionId', 'decisions.validation.unknownOption'],
    ]);
    expect(issuesOf({ ...valid(), chosenOptionId: optionB.id, rationale: '   ' })).toEqual([
      ['rationale', 'decisions.validation.rationaleRequired'],
    ]);
    expect(
      issuesOf({
        ...valid(),
        status: 'approved',
        chosenOptionId: optionB.id,
        rationale: 'Halves the exposure.',
      }),
    ).toEqual([]);
  });

  it('takes three kinds of subject, each checked', () => {
    expect(issuesOf({ ...valid(), subject: { type: 'domain', domain: 'ran' } })).toEqual([]);
    expect(issuesOf({ ...valid(), subject: { type: 'domain', domain: 'radio' } })).toEqual([
      ['subject.domain', 'validation.choice'],
    ]);
    expect(issuesOf({ ...valid(), subject: { type: 'dependencies', dependencyIds: [] } })).toEqual([
      ['subject.dependencyIds', 'decisions.validation.subjectEmpty'],
    ]);
    expect(issuesOf({ ...valid(), subject: { type: 'region' } })).toEqual([
      ['subject.type', 'validation.choice'],
    ]);
  });

  it('checks the option’s licence, residuals and follow-up', () => {
    const option = {
      ...optionA,
      spdxExpression: 'Apache 2 or MIT',
      expectedResidual: { [uuid(51)]: [0, 6] },
      followUp: [{ title: '', dueDate: '2026-02-30' }],
    };
    expect(issuesOf({ ...valid(), options: [option, optionB] })).toEqual([
      ['options.0.spdxExpression', 'validation.spdxInvalid'],
      [`options.0.expectedResidual.${uuid(51)}.0`, 'validation.scale'],
      [`options.0.expectedResidual.${uuid(51)}.1`, 'validation.scale'],
      ['options.0.followUp.0.title', 'validation.required'],
      ['options.0.followUp.0.dueDate', 'validation.date'],
    ]);
  });

  it('stores a record that cannot be its own previous revision', () => {
    const id = uuid(400);
    const stored = { ...valid(), id, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    expect(decisionSchema.safeParse(stored).success).toBe(true);
    const result = decisionSchema.safeParse({ ...stored, previousId: id, revision: 2 });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      'validation.selfReference',
    ]);
  });
});
