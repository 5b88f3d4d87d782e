import type { Dependency, Licence, Vendor } from '@shared/domain';
import { memoizeLast } from '@renderer/ui/memoizeLast';
import type { SubjectNames } from './assessmentRows';

/** Names of every vendor, dependency and licence, rebuilt only when one of the three lists changes. */
export const subjectNamesOf = memoizeLast(
  (
    vendors: readonly Vendor[],
    dependencies: readonly Dependency[],
    licences: readonly Licence[],
  ): SubjectNames => ({
    vendor: new Map(vendors.map((vendor) => [vendor.id, vendor.name])),
    dependency: new Map(dependencies.map((dependency) => [dependency.id, dependency.name])),
    licence: new Map(licences.map((licence) => [licence.id, licence.title])),
  }),
);
