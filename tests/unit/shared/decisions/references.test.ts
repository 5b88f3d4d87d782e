import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  checkDecisionReferences,
  decisionInputSchema,
  type DecisionInput,
} from '@shared/domain';
import { ids, uuid, workspace } from './fixtures';

const records = workspace();

const input = (): DecisionInput => ({
  question: 'Do we stay with H for RAN?',
  subject: { type: 'dependencies', dependencyIds: [ids.r1, ids.r2] },
  owner: 'CTO office',
  options: [
    { id: uuid(201), kind: 'renegotiate', title: 'Renegotiate', expectedResidual: { [ids.riskH]: [3, 4] } },
    {
      id: uuid(202),
      kind: 'dual-source',
      title: 'Second source',
      moves: [{ dependencyId: ids.r1, toVendorId: ids.N, share: 40 }],
      followUp: [{ title: 'Tender for a second RAN vendor', riskIds: [ids.riskRan] }],
    },
  ],
});

describe('checkDecisionReferences', () => {
  it('finds nothing wrong when every record named exists', () => {
    expect(checkDecisionReferences(decisionInputSchema.parse(input()), records)).toEqual([]);
  });

  it('places a refusal on each reference to a deleted record', () => {
    const gone = uuid(900);
    const decision = decisionInputSchema.parse({
      ...input(),
      subject: { type: 'dependencies', dependencyIds: [ids.r1, gone] },
      options: [
        { id: uuid(201), kind: 'renegotiate', title: 'Renegotiate', expectedResidual: { [gone]: [1, 1] } },
        {
          id: uuid(202),
          kind: 'replace',
          title: 'Replace',
          moves: [
            { dependencyId: gone, toVendorId: ids.N, share: 100 },
            { dependencyId: ids.r2, toVendorId: gone, share: 100 },
          ],
          followUp: [{ title: 'Plan', riskIds: [ids.riskH, gone] }],
        },
      ],
    });
    expect(checkDecisionReferences(decision, records)).toEqual([
      { path: ['subject', 'dependencyIds', 1], message: 'decisions.validation.deletedRecord' },
      { path: ['options', 0, 'expectedResidual', gone], message: 'decisions.validation.deletedRecord' },
      { path: ['options', 1, 'moves', 0, 'dependencyId'], message: 'decisions.validation.deletedRecord' },
      { path: ['options', 1, 'moves', 1, 'toVendorId'], message: 'decisions.validation.deletedRecord' },
      { path: ['options', 1, 'followUp', 0, 'riskIds', 1], message: 'decisions.validation.deletedRecord' },
    ]);
  });

  it('refuses a vendor subject that no longer exists', () => {
    const decision = decisionInputSchema.parse({
      ...input(),
      subject: { type: 'vendor', vendorId: uuid(901) },
    });
    expect(checkDecisionReferences(decision, records)).toEqual([
      { path: ['subject', 'vendorId'], message: 'decisions.validation.deletedRecord' },
    ]);
  });

  it('refuses moving a dependency to the vendor that already supplies it', () => {
    const decision = decisionInputSchema.parse(input());
    decision.options[1]!.moves[0]!.toVendorId = ids.H;
    expect(checkDecisionReferences(decision, records)).toEqual([
      { path: ['options', 1, 'moves', 0, 'toVendorId'], message: 'decisions.validation.moveToOwnVendor' },
    ]);
  });
});

describe('checkDecision', () => {
  it('returns the parsed decision when the schema and the records agree', () => {
    const result = checkDecision(input(), records);
    expect(result.ok && result.decision.options[1]?.moves[0]?.share).toBe(40);
  });

  it('returns the schema’s refusals first, with their paths', () => {
    const bad = {
      ...input(),
      weights: { cost: 50, time: 0, concentration: 0, sovereignty: 0, continuity: 0, licence: 0 },
    };
    expect(checkDecision(bad, records)).toEqual({
      ok: false,
      issues: [{ path: ['weights'], message: 'decisions.validation.weightsSum' }],
    });
  });

  it('then the references', () => {
    const own = input();
    own.options[1]!.moves![0]!.toVendorId = ids.H;
    expect(checkDecision(own, records)).toEqual({
      ok: false,
      issues: [
        { path: ['options', 1, 'moves', 0, 'toVendorId'], message: 'decisions.validation.moveToOwnVendor' },
      ],
    });
  });
});
