import { assessSovereignty, type SovereigntyStatus } from '../sovereignty';
import type { Vendor } from '../vendor';
import type { StandardExposure } from './exposure';

export type PatentFindingReason = 'sovereignty' | 'share';

/**
 * A risk the Standards screen offers to record, prefilled: category Legal / IP, title and description as
 * i18n keys with their parameters, linked to the vendor (when the holder is one) and to the dependencies
 * implementing the standards concerned. Likelihood and impact are left for the user to rate, as every quick
 * creation does.
 */
export interface PatentRiskDraft {
  category: 'legal-ip';
  reason: PatentFindingReason;
  partyId: string;
  titleKey: `declarations.findings.${PatentFindingReason}Title`;
  descriptionKey: `declarations.findings.${PatentFindingReason}Description`;
  /** holder, country (when known), standards (joined), share (largest, in %), and `threshold` (in %). */
  params: Record<string, string | number>;
  /** The holder's sovereignty level, for a `sovereignty` finding: its description names it (vendors.level.*). */
  level?: 'high' | 'critical';
  vendorIds: string[];
  dependencyIds: string[];
  standards: string[];
}

export interface PatentFindingOptions {
  /** A party holding more than this share (0–1) of a standard's declared families is a finding; none when absent. */
  shareThreshold?: number;
}

type FindingVendor = Pick<Vendor, 'id' | 'sovereignty' | 'listings'>;

const percent = (share: number): number => Math.round(share * 1000) / 10;

/**
 * Findings over the exposure of the standards in use, one draft per party and reason, gathering every
 * standard where it applies:
 * - `sovereignty`: a party not licensed and not covered by every supplier (coverage uncovered or partial)
 *   that is a vendor of sovereignty level high or critical (its profile, or a listing). A holder that is no
 *   vendor has only a country, and the workbench rates vendors, not countries: it raises no sovereignty
 *   finding until it is matched to (or recorded as) a vendor, whose profile then speaks;
 * - `share`: a party above the share threshold the user sets, whatever its coverage (the share is of
 *   declared families, raw).
 */
export const patentFindings = (
  exposures: readonly StandardExposure[],
  vendors: readonly FindingVendor[],
  options: PatentFindingOptions = {},
): PatentRiskDraft[] => {
  const levels = new Map<string, SovereigntyStatus>(
    vendors.map((vendor) => [vendor.id, assessSovereignty(vendor).level]),
  );
  const drafts = new Map<string, PatentRiskDraft & { topShare: number }>();
  const add = (
    reason: PatentFindingReason,
    exposure: StandardExposure,
    party: StandardExposure['parties'][number],
    params: Record<string, string | number>,
    level?: 'high' | 'critical',
  ) => {
    const key = `${reason}:${party.partyId}`;
    const draft = drafts.get(key) ?? {
      category: 'legal-ip' as const,
      reason,
      partyId: party.partyId,
      titleKey: `declarations.findings.${reason}Title` as const,
      descriptionKey: `declarations.findings.${reason}Description` as const,
      params: {
        holder: party.name,
        ...(party.country !== undefined && { country: party.country }),
        ...params,
      },
      ...(level && { level }),
      vendorIds: party.vendorId === undefined ? [] : [party.vendorId],
      dependencyIds: [],
      standards: [],
      topShare: 0,
    };
    draft.standards.push(exposure.standard);
    for (const id of exposure.dependencyIds)
      if (!draft.dependencyIds.includes(id)) draft.dependencyIds.push(id);
    draft.topShare = Math.max(draft.topShare, party.share);
    draft.params = { ...draft.params, standards: draft.standards.join(', '), share: percent(draft.topShare) };
    drafts.set(key, draft);
  };

  for (const exposure of exposures)
    for (const party of exposure.parties) {
      const level = party.vendorId === undefined ? undefined : levels.get(party.vendorId);
      if (
        (party.coverage === 'uncovered' || party.coverage === 'partial') &&
        (level === 'high' || level === 'critical')
      )
        add('sovereignty', exposure, party, {}, level);
      const threshold = options.shareThreshold;
      if (threshold !== undefined && party.share > threshold)
        add('share', exposure, party, { threshold: percent(threshold) });
    }
  return [...drafts.values()].map(({ topShare: _topShare, ...draft }) => draft);
};
