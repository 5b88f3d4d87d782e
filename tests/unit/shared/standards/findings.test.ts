import { describe, expect, it } from 'vitest';
import { patentFindings, standardExposure } from '@shared/domain/standards';
import { index } from './exposure-fixture';

const rating = (value: number | null) => ({
  c1a: value,
  c1b: null,
  c1c: null,
  c1d: null,
  c2: null,
  c3: null,
});
const vendors = [
  { id: 'VA', sovereignty: rating(4), listings: [] }, // critical
  { id: 'VB', sovereignty: rating(null), listings: [{ list: 'fcc-covered' as const }] }, // high by its listing
];
const exposures = [standardExposure(index, 'TS 38.331'), standardExposure(index, '5G')];

describe('patent findings offered as risks', () => {
  it('flags an uncovered holder of high or critical sovereignty, not a licensed one, nor one covered by the supplier', () => {
    const drafts = patentFindings(exposures, vendors);
    // Alpha (critical) is partly uncovered on TS 38.331 (D2 has no indemnity) but covered on 5G (D1 has);
    // Beta (high) is licensed; Gamma is no vendor, so nothing rates its sovereignty.
    expect(drafts).toEqual([
      {
        category: 'legal-ip',
        reason: 'sovereignty',
        partyId: 'VA',
        titleKey: 'declarations.findings.sovereigntyTitle',
        descriptionKey: 'declarations.findings.sovereigntyDescription',
        params: { holder: 'Alpha', country: 'CN', standards: 'TS 38.331', share: 40 },
        level: 'critical',
        vendorIds: ['VA'],
        dependencyIds: ['D1', 'D2'],
        standards: ['TS 38.331'],
      },
    ]);
  });

  it('flags every holder above the share the user sets, once, over all its standards', () => {
    const drafts = patentFindings(exposures, [], { shareThreshold: 0.35 }).map(
      ({ partyId, params, dependencyIds, vendorIds }) => ({ partyId, params, dependencyIds, vendorIds }),
    );
    // Alpha: 40 % of TS 38.331, 50 % of 5G; Gamma the same; Beta 20 % stays below 35 %.
    expect(drafts).toEqual([
      {
        partyId: 'VA',
        params: { holder: 'Alpha', country: 'CN', threshold: 35, standards: 'TS 38.331, 5G', share: 50 },
        dependencyIds: ['D1', 'D2'],
        vendorIds: ['VA'],
      },
      {
        partyId: 'holder:gamma',
        params: { holder: 'Gamma', country: 'US', threshold: 35, standards: 'TS 38.331, 5G', share: 50 },
        dependencyIds: ['D1', 'D2'],
        vendorIds: [],
      },
    ]);
    // Above, not at: a threshold of exactly 50 % flags nobody.
    expect(patentFindings(exposures, [], { shareThreshold: 0.5 })).toEqual([]);
  });
});
