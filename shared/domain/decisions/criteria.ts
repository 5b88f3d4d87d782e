import { z } from 'zod';
import { percentSchema } from '../common';

/** The criteria an option is judged on, in the order the comparison lists them. */
export const decisionCriteria = [
  'cost',
  'time',
  'concentration',
  'sovereignty',
  'continuity',
  'licence',
] as const;
export type DecisionCriterion = (typeof decisionCriteria)[number];

/** Weight of each criterion in percent; together they make 100. */
export type DecisionWeights = Record<DecisionCriterion, number>;

/** A starting point the user adjusts: the board's usual concerns first, time and licences lighter. */
export const defaultDecisionWeights: Readonly<DecisionWeights> = {
  cost: 20,
  time: 10,
  concentration: 20,
  sovereignty: 20,
  continuity: 20,
  licence: 10,
};

/** Percentages typed with decimals (33.3 + 33.3 + 33.4) may miss 100 by a rounding error, not by intent. */
const sumTolerance = 1e-6;

export const weightsTotal = (weights: Readonly<DecisionWeights>): number =>
  decisionCriteria.reduce((sum, criterion) => sum + weights[criterion], 0);

export const decisionWeightsSchema = z
  .object({
    cost: percentSchema,
    time: percentSchema,
    concentration: percentSchema,
    sovereignty: percentSchema,
    continuity: percentSchema,
    licence: percentSchema,
  })
  .refine((weights) => Math.abs(weightsTotal(weights) - 100) <= sumTolerance, {
    message: 'decisions.validation.weightsSum',
  });
