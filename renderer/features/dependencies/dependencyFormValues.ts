import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Dependency, dependencyInputSchema } from '@shared/domain';

/** What the dependency form holds while typing (the schema's input) and what a valid submit yields. */
export type DependencyFormValues = z.input<typeof dependencyInputSchema>;
export type DependencyFormOutput = z.output<typeof dependencyInputSchema>;

/**
 * Form values from a stored dependency, or blank ones for a new dependency (with its vendor when the form
 * was opened from a vendor's page). Kind, domain, criticality and substitutability start unchosen: a
 * default would slip unconsidered values into the concentration and exposure figures. Absent optional
 * fields become '' so every input is controlled from the start and the form is not "dirty" before typing.
 */
export const toFormValues = (
  dependency?: Dependency,
  vendorId?: string,
): DefaultValues<DependencyFormValues> => ({
  name: dependency?.name ?? '',
  vendorId: dependency?.vendorId ?? vendorId ?? '',
  kind: dependency?.kind,
  domain: dependency?.domain,
  criticality: dependency?.criticality,
  footprintPct: dependency?.footprintPct ?? '',
  substitutability: dependency?.substitutability,
  exitMonths: dependency?.exitMonths ?? '',
  vendorRemoteAccess: dependency?.vendorRemoteAccess ?? false,
  dataLocations: dependency?.dataLocations ?? [],
  upstreamIds: dependency?.upstreamIds ?? [],
  tags: dependency?.tags ?? [],
  standards: dependency?.standards ?? [],
  notes: dependency?.notes ?? '',
});
