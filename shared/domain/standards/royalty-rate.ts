import { z } from 'zod';
import {
  dateSchema,
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
 * negotiation) and `asOf` the date of that source, so a reader can tell a current rate card from an old one.
 * The royalty stack of a device sums them.
 */
const royaltyRateShape = {
  holderId: referenceSchema,
  basis: z.enum(royaltyRateBasisValues, 'validation.choice'),
  value: nonNegativeNumberSchema,
  currency: optional(currencySchema),
  source: requiredText(500),
  asOf: optional(dateSchema),
};

interface RateValue {
  basis: RoyaltyRateBasis;
  value: number;
  currency?: string | undefined;
}
const percentAtMost100 = (rate: RateValue): boolean => rate.basis !== 'percent' || rate.value <= 100;
const percentRule = { path: ['value'], message: 'validation.percent' };
// An amount per unit means nothing without its currency; a percentage takes the unit price's.
const perUnitHasCurrency = (rate: RateValue): boolean =>
  rate.basis !== 'per-unit' || rate.currency !== undefined;
const currencyRule = { path: ['currency'], message: 'validation.required' };

export const royaltyRateInputSchema = z
  .object(royaltyRateShape)
  .refine(percentAtMost100, percentRule)
  .refine(perUnitHasCurrency, currencyRule);
export type RoyaltyRateInput = z.input<typeof royaltyRateInputSchema>;

export const royaltyRateSchema = z
  .object({ ...royaltyRateShape, ...recordMetaSchema.shape })
  .refine(percentAtMost100, percentRule)
  .refine(perUnitHasCurrency, currencyRule);
export type RoyaltyRate = z.infer<typeof royaltyRateSchema>;
