import { z } from 'zod';
import {
  nonNegativeNumberSchema,
  optional,
  recordMetaSchema,
  referenceSchema,
  requiredText,
} from '../common';
import { currencySchema } from '../licence';

export const royaltyRateBasisValues = ['per-unit', 'percent'] as const;
export type RoyaltyRateBasis = (typeof royaltyRateBasisValues)[number];

/**
 * A royalty rate a patent holder (a vendor, `holderId`) publishes or agreed: an amount per unit in
 * `currency`, or a percentage of the unit price; `source` says where it comes from (a rate card, a
 * negotiation). The royalty stack of a device sums them.
 */
const royaltyRateShape = {
  holderId: referenceSchema,
  basis: z.enum(royaltyRateBasisValues, 'validation.choice'),
  value: nonNegativeNumberSchema,
  currency: optional(currencySchema),
  source: requiredText(500),
};

interface RateValue {
  basis: RoyaltyRateBasis;
  value: number;
}
const percentAtMost100 = (rate: RateValue): boolean => rate.basis !== 'percent' || rate.value <= 100;
const percentRule = { path: ['value'], message: 'validation.percent' };

export const royaltyRateInputSchema = z.object(royaltyRateShape).refine(percentAtMost100, percentRule);
export type RoyaltyRateInput = z.input<typeof royaltyRateInputSchema>;

export const royaltyRateSchema = z
  .object({ ...royaltyRateShape, ...recordMetaSchema.shape })
  .refine(percentAtMost100, percentRule);
export type RoyaltyRate = z.infer<typeof royaltyRateSchema>;
