import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { clauseNames, type Licence, type LicenceClauses, type licenceInputSchema } from '@shared/domain';

/** What the licence form holds while typing (the schema's input) and what a valid submit yields. */
export type LicenceFormValues = z.input<typeof licenceInputSchema>;
export type LicenceFormOutput = z.output<typeof licenceInputSchema>;

const unknownClauses = Object.fromEntries(clauseNames.map((name) => [name, 'unknown'])) as LicenceClauses;

/**
 * Form values from a stored licence, or blank ones for a new licence (with the vendor or dependency it was
 * opened from). The type starts unchosen and every clause 'unknown'; absent optional fields become '' so
 * every input is controlled from the start.
 */
export const toLicenceFormValues = (
  licence?: Licence,
  preset: { vendorId?: string; dependencyId?: string } = {},
): DefaultValues<LicenceFormValues> => ({
  title: licence?.title ?? '',
  type: licence?.type,
  vendorId: licence?.vendorId ?? preset.vendorId ?? '',
  dependencyIds: licence?.dependencyIds ?? (preset.dependencyId ? [preset.dependencyId] : []),
  spdxExpression: licence?.spdxExpression ?? '',
  standard: licence?.standard ?? '',
  frand: licence?.frand ?? false,
  startDate: licence?.startDate ?? '',
  endDate: licence?.endDate ?? '',
  noticeDays: licence?.noticeDays ?? '',
  autoRenew: licence?.autoRenew ?? false,
  governingLaw: licence?.governingLaw ?? '',
  annualCost: licence?.annualCost ?? '',
  currency: licence?.currency ?? '',
  royaltyBasis: licence?.royaltyBasis ?? '',
  clauses: licence?.clauses ?? unknownClauses,
  fieldOfUse: licence?.fieldOfUse ?? '',
  notes: licence?.notes ?? '',
});
