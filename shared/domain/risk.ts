import { z } from 'zod';
import {
  dateSchema,
  idSchema,
  notesSchema,
  optional,
  optionalText,
  recordMetaSchema,
  referenceSchema,
  requiredText,
} from './common';

export const riskCategoryValues = [
  'sovereignty',
  'supply',
  'security',
  'legal-ip',
  'licence',
  'concentration',
  'sanctions-export',
  'financial',
  'other',
] as const;
export type RiskCategory = (typeof riskCategoryValues)[number];

export const treatmentValues = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type Treatment = (typeof treatmentValues)[number];

export const riskStatusValues = ['open', 'treating', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof riskStatusValues)[number];

export const actionStatusValues = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof actionStatusValues)[number];

/** Likelihood and impact on the 5-point scale of the 5×5 heatmap. */
export const riskScaleSchema = z
  .number('validation.scale')
  .int('validation.scale')
  .min(1, 'validation.scale')
  .max(5, 'validation.scale');

export const riskActionSchema = z.object({
  id: idSchema,
  title: requiredText(300),
  owner: optionalText(200),
  dueDate: optional(dateSchema),
  status: z.enum(actionStatusValues, 'validation.choice').default('todo'),
});
export type RiskAction = z.infer<typeof riskActionSchema>;

/** Where a risk came from when it was raised from a checklist answer, so the two stay linked. */
export const riskSourceSchema = z.object({
  assessmentId: referenceSchema,
  itemId: requiredText(200),
});
export type RiskSource = z.infer<typeof riskSourceSchema>;

const idList = z
  .array(idSchema)
  .transform((ids) => [...new Set(ids)])
  .default([]);

export const riskInputSchema = z.object({
  title: requiredText(200),
  description: notesSchema,
  category: z.enum(riskCategoryValues, 'validation.choice'),
  vendorIds: idList,
  dependencyIds: idList,
  licenceIds: idList,
  likelihood: riskScaleSchema,
  impact: riskScaleSchema,
  residualLikelihood: optional(riskScaleSchema),
  residualImpact: optional(riskScaleSchema),
  treatment: z.enum(treatmentValues, 'validation.choice').default('mitigate'),
  status: z.enum(riskStatusValues, 'validation.choice').default('open'),
  owner: optionalText(200),
  reviewDate: optional(dateSchema),
  actions: z.array(riskActionSchema).default([]),
  source: riskSourceSchema.optional(),
});
export type RiskInput = z.input<typeof riskInputSchema>;

export const riskSchema = riskInputSchema.extend(recordMetaSchema.shape);
export type Risk = z.infer<typeof riskSchema>;
