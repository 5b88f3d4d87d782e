import type { ConcentrationBand } from '../../domain';
import {
  allStandardExposuresInDetail,
  builtInStandards,
  declarationsInForce,
  holdersByCountry,
  mainDevices,
  royaltyStack,
  standardsExposureIndex,
  topStandardsByUncoveredShare,
  type DeclarationSource,
  type HolderCountry,
} from '../../domain/standards';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

/** Standards the section ranks, and devices whose stack it gives: a board page, not the whole register. */
export const maxReportStandards = 10;
export const maxReportDevices = 5;

export interface ReportStandardExposure {
  standard: string;
  dependencyCount: number;
  families: number;
  partyCount: number;
  /** Undefined without any declared family. */
  hhi?: number;
  band?: ConcentrationBand;
  /** 0–1 of the standard's declared families held by uncovered parties, and by partly covered ones. */
  uncoveredShare: number;
  partialShare: number;
  source: string;
}

export interface ReportDeviceStack {
  dependencyId: string;
  name: string;
  criticality: number;
  standards: string[];
  /** Parties with declared families on its standards; those counted in the stack; those licensed (0). */
  holders: number;
  counted: number;
  licensed: number;
  /** Parties not counted for want of a rate (or of a unit price to take a percentage of). */
  withoutRate: number;
  /** Σ per unit, per currency: an estimate. */
  totals: { currency?: string; amount: number }[];
  source: string;
}

export interface ReportDeclarationFile {
  source: DeclarationSource;
  fileName: string;
  /** YYYY-MM-DD. */
  importedOn: string;
}

/** Standards and patent exposure (issue 13), over the in-scope dependencies' standards. */
export interface StandardsSection {
  /** Distinct standards the in-scope dependencies implement; 0 omits the section. */
  standardsInUse: number;
  /** The declarations in force; none means no share can be given. */
  declarations: ReportDeclarationFile[];
  /** Largest uncovered share first, at most maxReportStandards, standards with declared families only. */
  topStandards: ReportStandardExposure[];
  /** How many standards in use have declared families (the ranking's whole, of which topStandards shows some). */
  declaredStandards: number;
  countries: HolderCountry[];
  /** The most critical devices and modules implementing a standard, at most maxReportDevices. */
  devices: ReportDeviceStack[];
  source: string;
}

/**
 * The Standards screen's figures for the report: the same exposure index (declarations in force matched
 * to every vendor, every licence of the workspace — a SEP licence covers whatever the scope), over the
 * standards of the in-scope dependencies. Royalty stacks take each device's unit price when it has one.
 */
export const buildStandards = (context: ReportContext): StandardsSection => {
  const { data, scoped } = context;
  const inForce = declarationsInForce(data.declarationSets);
  const index = standardsExposureIndex({
    sets: inForce,
    vendors: data.vendors,
    dependencies: scoped.dependencies,
    licences: data.licences,
    references: data.standardsReference ?? builtInStandards,
    ...(data.patentAssumptions && { essentialityRates: data.patentAssumptions.essentialityRates }),
  });
  const exposures = inForce.length === 0 ? [] : allStandardExposuresInDetail(index);
  const declared = exposures.filter((exposure) => exposure.families > 0);
  const devices =
    inForce.length === 0
      ? []
      : mainDevices(scoped.dependencies, maxReportDevices).map((dependency): ReportDeviceStack => {
          const stack = royaltyStack(index, dependency, data.royaltyRates, dependency.unitPrice);
          const count = (test: (part: (typeof stack.parts)[number]) => boolean) =>
            stack.parts.filter(test).length;
          return {
            dependencyId: dependency.id,
            name: dependency.name,
            criticality: dependency.criticality,
            standards: [...dependency.standards],
            holders: stack.parts.length,
            counted: count((part) => part.counted),
            licensed: count((part) => part.reason === 'licensed'),
            withoutRate: count((part) => part.reason === 'noRate' || part.reason === 'noUnitPrice'),
            totals: stack.totals,
            source: reportSources.dependency(dependency.id),
          };
        });
  return {
    standardsInUse: index.standardsInUse.size,
    declarations: inForce.map((set) => ({
      source: set.source,
      fileName: set.fileName,
      importedOn: set.importedAt.slice(0, 10),
    })),
    topStandards: topStandardsByUncoveredShare(declared, maxReportStandards).map((exposure) => ({
      standard: exposure.standard,
      dependencyCount: exposure.dependencyIds.length,
      families: exposure.families,
      partyCount: exposure.partyCount,
      ...(exposure.concentration && {
        hhi: exposure.concentration.hhi,
        band: exposure.concentration.band,
      }),
      uncoveredShare: exposure.uncoveredShare,
      partialShare: exposure.partialShare,
      source: reportSources.standard(exposure.standard),
    })),
    declaredStandards: declared.length,
    countries: holdersByCountry(declared),
    devices,
    source: reportSources.standards,
  };
};
