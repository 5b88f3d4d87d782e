import { z } from 'zod';
import {
  countryCodeSchema,
  dateSchema,
  idSchema,
  nonNegativeNumberSchema,
  notesSchema,
  optional,
  optionalText,
  referenceSchema,
  requiredText,
} from '../common';
import { clauseNames } from '../licence';
import { riskScaleSchema } from '../risk';
import { isSpdxExpression } from '../spdx';
import { vendorSovereigntySchema } from '../vendor';

export const decisionOptionKindValues = [
  'renegotiate',
  'dual-source',
  'replace',
  'open-or-in-house',
  'exit',
] as const;
export type DecisionOptionKind = (typeof decisionOptionKindValues)[number];

export const switchingCostKinds = ['equipment', 'integration', 'migration', 'training', 'licences'] as const;
export type SwitchingCostKind = (typeof switchingCostKinds)[number];

/** Caps so that a hostile workspace file cannot make the comparison do unbounded work. */
export const maxMovesPerOption = 50_000;
export const maxFollowUps = 100;
export const maxExpectedResiduals = 1000;

/**
 * A vendor not recorded yet, proposed by an option: enough to place it in the sovereignty and concentration
 * figures. Moves naming the same candidate (same name, case and spacing aside) mean the same supplier.
 */
export const candidateVendorSchema = z.object({
  name: requiredText(200),
  hqCountry: countryCodeSchema,
  sovereignty: vendorSovereigntySchema.prefault({}),
});
export type CandidateVendor = z.infer<typeof candidateVendorSchema>;

/**
 * Moves `share` percent of a dependency's supply to a recorded vendor or a candidate. A move with neither is
 * allowed only in an exit option: that share of the service is given up.
 */
export const dependencyMoveSchema = z.object({
  dependencyId: referenceSchema,
  toVendorId: optional(referenceSchema),
  candidate: candidateVendorSchema.optional(),
  share: z
    .number('validation.number')
    .gt(0, 'decisions.validation.share')
    .max(100, 'decisions.validation.share'),
});
export type DependencyMove = z.infer<typeof dependencyMoveSchema>;

export const switchingCostsSchema = z.object({
  equipment: nonNegativeNumberSchema.default(0),
  integration: nonNegativeNumberSchema.default(0),
  migration: nonNegativeNumberSchema.default(0),
  training: nonNegativeNumberSchema.default(0),
  licences: nonNegativeNumberSchema.default(0),
});
export type SwitchingCosts = z.infer<typeof switchingCostsSchema>;

/** A follow-up becomes a treatment action on each of its risks (all the option mitigates when none named). */
export const followUpSchema = z.object({
  title: requiredText(300),
  owner: optionalText(200),
  dueDate: optional(dateSchema),
  riskIds: z
    .array(idSchema)
    .transform((ids) => [...new Set(ids)])
    .default([]),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** Residual [likelihood, impact] a risk is expected to have once the option is carried out. */
export const expectedResidualSchema = z
  .record(idSchema, z.tuple([riskScaleSchema, riskScaleSchema], 'validation.wrongKind'))
  .refine((residuals) => Object.keys(residuals).length <= maxExpectedResiduals, 'validation.outOfRange');

export const decisionOptionShape = {
  id: idSchema,
  kind: z.enum(decisionOptionKindValues, 'validation.choice'),
  title: requiredText(200),
  notes: notesSchema,
  moves: z
    .array(dependencyMoveSchema)
    .max(maxMovesPerOption, 'decisions.validation.tooManyMoves')
    .default([]),
  oneOffCost: nonNegativeNumberSchema.default(0),
  /** Change in the yearly run cost; negative when the option saves money. */
  annualCostDelta: z.number('validation.number').default(0),
  monthsToImplement: nonNegativeNumberSchema.default(0),
  /** One-off costs of switching, on top of oneOffCost. */
  switchingCosts: switchingCostsSchema.prefault({}),
  /** Clauses the option seeks in the contracts it creates or renegotiates. */
  targetClauses: z
    .array(z.enum(clauseNames, 'validation.choice'))
    .transform((clauses) => [...new Set(clauses)])
    .default([]),
  /** Licence of an open-source alternative. */
  spdxExpression: optionalText(1000).refine(
    (expression) => expression === undefined || isSpdxExpression(expression),
    'validation.spdxInvalid',
  ),
  expectedResidual: expectedResidualSchema.default({}),
  followUp: z.array(followUpSchema).max(maxFollowUps, 'validation.outOfRange').default([]),
};

/** The name that identifies a candidate across moves: case and runs of spaces do not make another vendor. */
export const candidateKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

interface OptionOutline {
  kind: DecisionOptionKind;
  moves: readonly DependencyMove[];
}

const sameCandidate = (a: CandidateVendor, b: CandidateVendor): boolean =>
  a.hqCountry === b.hqCountry &&
  (['c1a', 'c1b', 'c1c', 'c1d', 'c2', 'c3'] as const).every(
    (criterion) => a.sovereignty[criterion] === b.sovereignty[criterion],
  );

/**
 * Checks that need the whole option: each move names one destination (none only when exiting), the shares
 * moved out of one dependency make at most 100 %, and a candidate named twice is described the same way.
 */
const checkOptionMoves = (option: OptionOutline, ctx: z.core.$RefinementCtx): void => {
  const movedShare = new Map<string, number>();
  const candidates = new Map<string, CandidateVendor>();
  option.moves.forEach((move, m) => {
    const at = (...rest: (string | number)[]) => ['moves', m, ...rest];
    const targets = (move.toVendorId ? 1 : 0) + (move.candidate ? 1 : 0);
    if (targets > 1 || (targets === 0 && option.kind !== 'exit'))
      ctx.addIssue({ code: 'custom', path: at('toVendorId'), message: 'decisions.validation.moveTarget' });
    const total = (movedShare.get(move.dependencyId) ?? 0) + move.share;
    movedShare.set(move.dependencyId, total);
    // A single share above 100 already has its own message on this field.
    if (total > 100 && move.share <= 100)
      ctx.addIssue({ code: 'custom', path: at('share'), message: 'decisions.validation.sharesOverHundred' });
    if (move.candidate) {
      const key = candidateKey(move.candidate.name);
      const seen = candidates.get(key);
      if (!seen) candidates.set(key, move.candidate);
      else if (!sameCandidate(seen, move.candidate))
        ctx.addIssue({
          code: 'custom',
          path: at('candidate'),
          message: 'decisions.validation.candidateMismatch',
        });
    }
  });
};

export const decisionOptionSchema = z.object(decisionOptionShape).superRefine(checkOptionMoves);
export type DecisionOptionInput = z.input<typeof decisionOptionSchema>;
export type DecisionOption = z.infer<typeof decisionOptionSchema>;
