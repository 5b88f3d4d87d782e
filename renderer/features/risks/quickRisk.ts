import {
  assessSovereignty,
  type Dependency,
  type Licence,
  type RiskCategory,
  type Vendor,
} from '@shared/domain';
import { paths } from '@renderer/paths';

/** The suggestion behind "Record a risk": a category and a title key with the record's name. */
export interface QuickRisk {
  category?: RiskCategory;
  titleKey?:
    'sovereigntyTitle' | 'concentrationTitle' | 'supplyTitle' | 'sanctionsExitTitle' | 'licenceTitle';
  name: string;
}

/** A vendor whose sovereignty level is high or critical suggests a sovereignty risk; others only link it. */
export const quickVendorRisk = (vendor: Vendor): QuickRisk => {
  const { level } = assessSovereignty(vendor);
  return level === 'high' || level === 'critical'
    ? { category: 'sovereignty', titleKey: 'sovereigntyTitle', name: vendor.name }
    : { name: vendor.name };
};

/** A dependency hard or impossible to replace is a concentration risk; any other, a supply risk. */
export const quickDependencyRisk = (dependency: Dependency): QuickRisk =>
  dependency.substitutability === 'hard' || dependency.substitutability === 'none'
    ? { category: 'concentration', titleKey: 'concentrationTitle', name: dependency.name }
    : { category: 'supply', titleKey: 'supplyTitle', name: dependency.name };

/** A licence with no exit on sanctions suggests exactly that risk; any other licence, a licence risk. */
export const quickLicenceRisk = (licence: Licence): QuickRisk => ({
  category: 'licence',
  titleKey: licence.clauses.sanctionsExit === 'no' ? 'sanctionsExitTitle' : 'licenceTitle',
  name: licence.title,
});

/** The /risks/new link prefilled with the record and the suggestion (its title already translated). */
export const quickRiskLink = (
  link: { vendorId?: string; dependencyId?: string; licenceId?: string },
  suggestion: QuickRisk | undefined,
  title: string | undefined,
): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(link)) if (value) params.set(key, value);
  if (title) params.set('title', title);
  if (suggestion?.category) params.set('category', suggestion.category);
  return `${paths.risks.new}?${params.toString()}`;
};
