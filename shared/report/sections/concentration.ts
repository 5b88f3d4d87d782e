import type { ConcentrationBand, NetworkDomain } from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';

export interface ReportVendorShare {
  vendorId: string;
  vendorName: string;
  /** 0–1 of the domain's criticality-weighted total. */
  share: number;
  weight: number;
  dependencyCount: number;
  source: string;
}

export interface ReportDomainConcentration {
  domain: NetworkDomain;
  hhi: number;
  band: ConcentrationBand;
  totalWeight: number;
  dependencyCount: number;
  /** Largest share first. */
  shares: ReportVendorShare[];
  source: string;
}

/** HHI and vendor shares per network domain over the in-scope dependencies (design §3). */
export interface ConcentrationSection {
  domains: ReportDomainConcentration[];
}

export const buildConcentration = (context: ReportContext): ConcentrationSection => ({
  domains: context.concentration().map(({ domain, hhi, band, totalWeight, dependencyCount, shares }) => ({
    domain,
    hhi,
    band,
    totalWeight,
    dependencyCount,
    shares: shares.map(({ vendorId, share, weight, dependencyCount: count }) => ({
      vendorId,
      vendorName: context.vendorName(vendorId),
      share,
      weight,
      dependencyCount: count,
      source: reportSources.vendor(vendorId),
    })),
    source: reportSources.dependencies,
  })),
});
