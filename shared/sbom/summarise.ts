import type { SbomComponentFields } from '../domain/sbom';

export interface SbomSupplierCount {
  name: string;
  count: number;
}

export interface SbomSummary<Class extends string> {
  total: number;
  /** Components per licence class; components without a licence are counted in `withoutLicence` instead. */
  byClass: Partial<Record<Class, number>>;
  copyleft: SbomComponentFields[];
  withoutLicence: SbomComponentFields[];
  /** Most components first, then by name. */
  suppliers: SbomSupplierCount[];
}

/** The copyleft classes of design §3 (weak, strong and network copyleft) all end the same way. */
const isCopyleft = (licenceClass: string): boolean => licenceClass.endsWith('-copyleft');

/**
 * A component listing several licences is bound by all of them (CycloneDX lists them side by side), so
 * they are classified as one AND expression, which takes the most demanding part.
 */
export const combinedExpression = (licences: readonly string[]): string =>
  licences.length === 1 ? (licences[0] ?? '') : licences.map((licence) => `(${licence})`).join(' AND ');

/**
 * Summarises an SBOM for the dependency page. `classify` maps an SPDX expression to its licence class
 * (shared/domain/spdx `licenceClass`); it is passed in so this module stays independent of it, and called
 * once per distinct expression since thousands of components share a handful of licences.
 */
export const summariseSbom = <Class extends string>(
  components: readonly SbomComponentFields[],
  classify: (expression: string) => Class,
): SbomSummary<Class> => {
  const classes = new Map<string, Class>();
  const classOf = (expression: string): Class => {
    let licenceClass = classes.get(expression);
    if (licenceClass === undefined) {
      licenceClass = classify(expression);
      classes.set(expression, licenceClass);
    }
    return licenceClass;
  };

  const byClass: Partial<Record<Class, number>> = {};
  const copyleft: SbomComponentFields[] = [];
  const withoutLicence: SbomComponentFields[] = [];
  // Keyed case-insensitively so "Acme Corp" and "ACME CORP" are one supplier, named as first written.
  const suppliers = new Map<string, SbomSupplierCount>();

  for (const component of components) {
    const licences = component.licences ?? [];
    if (licences.length === 0) withoutLicence.push(component);
    else {
      const licenceClass = classOf(combinedExpression(licences));
      byClass[licenceClass] = (byClass[licenceClass] ?? 0) + 1;
      // Every licence listed applies, so one copyleft licence is enough, even when the combination ranks
      // as something else (e.g. unknown, because another licence is given by a name and not an SPDX id).
      if (isCopyleft(licenceClass) || licences.some((licence) => isCopyleft(classOf(licence))))
        copyleft.push(component);
    }
    const supplier = component.supplier?.trim();
    if (supplier) {
      const key = supplier.toLowerCase();
      const entry = suppliers.get(key);
      if (entry) entry.count += 1;
      else suppliers.set(key, { name: supplier, count: 1 });
    }
  }

  return {
    total: components.length,
    byClass,
    copyleft,
    withoutLicence,
    suppliers: [...suppliers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
};
