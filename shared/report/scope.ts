import type { Assessment, Dependency, Licence, Risk, SbomComponent, Vendor } from '../domain';
import type { ReportData, ReportScope } from './options';

/** The records a report covers once its scope is applied. */
export interface ScopedRecords {
  vendors: Vendor[];
  dependencies: Dependency[];
  licences: Licence[];
  risks: Risk[];
  assessments: Assessment[];
  sbomComponents: SbomComponent[];
  vendorIds: ReadonlySet<string>;
  dependencyIds: ReadonlySet<string>;
  licenceIds: ReadonlySet<string>;
}

const isSet = (list: readonly string[] | undefined): list is readonly string[] =>
  list !== undefined && list.length > 0;

/**
 * Applies the report's scope (no domain and no vendor chosen = the whole workspace):
 * - dependencies: those in a chosen domain AND of a chosen vendor (each condition only when chosen);
 * - vendors: the chosen vendors; with domains only, the vendors supplying an in-scope dependency;
 * - licences: those whose vendor or one of whose dependencies is in scope;
 * - risks: those naming an in-scope vendor, dependency or licence;
 * - assessments: those whose subject (vendor, dependency or licence) is in scope;
 * - SBOM components: those of in-scope dependencies.
 * A licence or risk linked to nothing at all stays in the report only when no vendor is chosen: it may
 * concern any vendor, so a report on some vendors cannot claim it, whereas a report on some domains keeps
 * it as it keeps every vendor of those domains. One pass over each table.
 */
export const applyScope = (data: ReportData, scope: ReportScope): ScopedRecords => {
  const domains = isSet(scope.domains) ? new Set<string>(scope.domains) : null;
  const chosenVendors = isSet(scope.vendorIds) ? new Set(scope.vendorIds) : null;

  const dependencies = data.dependencies.filter(
    (dependency) =>
      (!domains || domains.has(dependency.domain)) &&
      (!chosenVendors || chosenVendors.has(dependency.vendorId)),
  );
  const dependencyIds = new Set(dependencies.map((dependency) => dependency.id));
  const vendorIds =
    chosenVendors ??
    (domains ? new Set(dependencies.map((dependency) => dependency.vendorId)) : null) ??
    new Set(data.vendors.map((vendor) => vendor.id));
  const vendors = data.vendors.filter((vendor) => vendorIds.has(vendor.id));
  const keepUnlinked = !chosenVendors;

  const licences = data.licences.filter((licence) =>
    licence.vendorId === undefined && licence.dependencyIds.length === 0
      ? keepUnlinked
      : (licence.vendorId !== undefined && vendorIds.has(licence.vendorId)) ||
        licence.dependencyIds.some((id) => dependencyIds.has(id)),
  );
  const licenceIds = new Set(licences.map((licence) => licence.id));

  const risks = data.risks.filter((risk) =>
    risk.vendorIds.length + risk.dependencyIds.length + risk.licenceIds.length === 0
      ? keepUnlinked
      : risk.vendorIds.some((id) => vendorIds.has(id)) ||
        risk.dependencyIds.some((id) => dependencyIds.has(id)) ||
        risk.licenceIds.some((id) => licenceIds.has(id)),
  );

  const subjectIds = { vendor: vendorIds, dependency: dependencyIds, licence: licenceIds };
  const assessments = data.assessments.filter((assessment) =>
    subjectIds[assessment.subject.type].has(assessment.subject.id),
  );
  const sbomComponents = data.sbomComponents.filter((component) => dependencyIds.has(component.dependencyId));

  return {
    vendors,
    dependencies,
    licences,
    risks,
    assessments,
    sbomComponents,
    vendorIds: new Set(vendors.map((vendor) => vendor.id)),
    dependencyIds,
    licenceIds,
  };
};
