import { z } from 'zod';
import { royaltyRateInputSchema, type RoyaltyRate } from '@shared/domain/standards';

/** What the rate form holds while typing: a cleared amount is '' until the schema says it is required. */
export interface RoyaltyRateFormValues {
  holderId: string;
  basis: RoyaltyRate['basis'];
  value: number | '';
  currency: string;
  source: string;
  asOf: string;
}

/** The rate's own schema, an empty amount reported as "enter a number" on the field rather than as a type error. */
export const royaltyRateFormSchema = z.preprocess(
  (values: RoyaltyRateFormValues) => ({ ...values, value: values.value === '' ? undefined : values.value }),
  royaltyRateInputSchema,
);
export type RoyaltyRateFormOutput = z.output<typeof royaltyRateInputSchema>;

/** Form values from a stored rate, or blank ones (for a holder chosen beforehand, if any). */
export const toRoyaltyRateFormValues = (rate?: RoyaltyRate, holderId?: string): RoyaltyRateFormValues => ({
  holderId: rate?.holderId ?? holderId ?? '',
  basis: rate?.basis ?? 'per-unit',
  value: rate?.value ?? '',
  currency: rate?.currency ?? '',
  source: rate?.source ?? '',
  asOf: rate?.asOf ?? '',
});
