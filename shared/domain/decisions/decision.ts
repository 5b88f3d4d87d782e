import { z } from 'zod';
import {
  dateSchema,
  isoDateTimeSchema,
  optional,
  optionalText,
  recordMetaSchema,
  referenceSchema,
  requiredText,
} from '../common';
import { assessmentStatusValues, selfApprovalValues } from '../assessment';
import { networkDomainValues } from '../dependency';
import { decisionWeightsSchema, defaultDecisionWeights } from './criteria';
import { decisionOptionSchema } from './decision-option';

/** Review and approval follow the assessments' workflow: draft → in review → approved (locked). */
export const decisionStatusValues = assessmentStatusValues;
export type DecisionStatus = (typeof decisionStatusValues)[number];

export const minOptions = 2;
export const maxOptions = 6;
export const maxSubjectDependencies = 50_000;

export const decisionSubjectSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('dependencies'),
      dependencyIds: z
        .array(referenceSchema)
        .min(1, 'decisions.validation.subjectEmpty')
        .max(maxSubjectDependencies, 'validation.outOfRange')
        .transform((ids) => [...new Set(ids)]),
    }),
    z.object({ type: z.literal('vendor'), vendorId: referenceSchema }),
    z.object({ type: z.literal('domain'), domain: z.enum(networkDomainValues, 'validation.choice') }),
  ],
  'validation.choice',
);
export type DecisionSubject = z.infer<typeof decisionSubjectSchema>;

const decisionShape = {
  question: requiredText(500),
  subject: decisionSubjectSchema,
  owner: requiredText(200),
  dueDate: optional(dateSchema),
  weights: decisionWeightsSchema.default({ ...defaultDecisionWeights }),
  /** Years of the annual cost change counted in the cost criterion (one-off costs count once). */
  costHorizonYears: z
    .number('decisions.validation.horizon')
    .int('decisions.validation.horizon')
    .min(1, 'decisions.validation.horizon')
    .max(30, 'decisions.validation.horizon')
    .default(5),
  status: z.enum(decisionStatusValues, 'validation.choice').default('draft'),
  chosenOptionId: optional(referenceSchema),
  rationale: optionalText(20_000),
  reviewer: optionalText(200),
  approvedBy: optionalText(200),
  approvedAt: optional(isoDateTimeSchema),
  /** Set when the approver also created this revision or changed it last, as Settings allowed. */
  selfApproval: optional(z.enum(selfApprovalValues, 'validation.choice')),
  revision: z.number('validation.integer').int('validation.integer').min(1, 'validation.revision').default(1),
  previousId: optional(referenceSchema),
  options: z
    .array(decisionOptionSchema)
    .min(minOptions, 'decisions.validation.tooFewOptions')
    .max(maxOptions, 'decisions.validation.tooManyOptions'),
};

interface DecisionOutline {
  status: DecisionStatus;
  chosenOptionId?: string | undefined;
  rationale?: string | undefined;
  options: readonly { id: string }[];
}

/** The choice must name one of the options, be explained, and be made before approval. */
const checkChoice = (decision: DecisionOutline, ctx: z.core.$RefinementCtx): void => {
  const ids = new Set<string>();
  decision.options.forEach((option, o) => {
    if (ids.has(option.id))
      ctx.addIssue({ code: 'custom', path: ['options', o, 'id'], message: 'validation.duplicateId' });
    ids.add(option.id);
  });
  const { chosenOptionId, status, rationale } = decision;
  if (chosenOptionId !== undefined && !ids.has(chosenOptionId))
    ctx.addIssue({ code: 'custom', path: ['chosenOptionId'], message: 'decisions.validation.unknownOption' });
  if (chosenOptionId !== undefined && rationale === undefined)
    ctx.addIssue({ code: 'custom', path: ['rationale'], message: 'decisions.validation.rationaleRequired' });
  if (status === 'approved' && chosenOptionId === undefined)
    ctx.addIssue({ code: 'custom', path: ['chosenOptionId'], message: 'decisions.validation.chooseOption' });
};

export const decisionInputSchema = z.object(decisionShape).superRefine(checkChoice);
export type DecisionInput = z.input<typeof decisionInputSchema>;

export const decisionSchema = z
  .object({ ...decisionShape, ...recordMetaSchema.shape })
  .superRefine((decision, ctx) => {
    checkChoice(decision, ctx);
    if (decision.previousId === decision.id)
      ctx.addIssue({ code: 'custom', path: ['previousId'], message: 'validation.selfReference' });
  });
export type Decision = z.infer<typeof decisionSchema>;
