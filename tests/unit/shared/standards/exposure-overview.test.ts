import { describe, expect, it } from 'vitest';
import {
  allStandardExposuresInDetail,
  holdersByCountry,
  mainDevices,
  topStandardsByUncoveredShare,
} from '@shared/domain/standards';
import { storedDependency } from '../../fixtures/records';
import { index } from './exposure-fixture';

describe('topStandardsByUncoveredShare', () => {
  const summary = (standard: string, families: number, uncoveredShare: number) => ({
    ...allStandardExposuresInDetail(index)[0]!,
    standard,
    families,
    uncoveredShare,
  });

  it('ranks by uncovered share, then families, then number, leaving out standards nobody declared on', () => {
    const ranked = topStandardsByUncoveredShare(
      [
        summary('TS 23.501', 10, 0.5),
        summary('TS 38.300', 0, 0),
        summary('TS 38.331', 40, 0.5),
        summary('TS 36.331', 40, 0.5),
        summary('TS 38.401', 5, 0.9),
      ],
      3,
    );
    expect(ranked.map((row) => row.standard)).toEqual(['TS 38.401', 'TS 36.331', 'TS 38.331']);
  });
});

describe('holdersByCountry', () => {
  it('counts each party once per country and its families over the standards in use', () => {
    // The exposure fixture: on TS 38.331, Alpha (CN) 40, Beta (FI) 20, Gamma (US) 40; on "5G" (D1's tag),
    // Alpha 5 and Gamma 5. Alpha and Gamma count once each however many standards they declared on.
    const countries = holdersByCountry(allStandardExposuresInDetail(index));
    expect(countries).toEqual([
      { country: 'CN', holders: 1, families: 45, share: 45 / 110 },
      { country: 'US', holders: 1, families: 45, share: 45 / 110 },
      { country: 'FI', holders: 1, families: 20, share: 20 / 110 },
    ]);
  });
});

describe('mainDevices', () => {
  it('keeps the devices and modules implementing a standard, most critical first, then by name', () => {
    const dependency = (name: string, kind: 'hardware' | 'component' | 'software', criticality: number) =>
      storedDependency(name, 'V1', { kind, criticality, standards: ['TS 38.331'] });
    const devices = mainDevices(
      [
        dependency('Small cell', 'hardware', 3),
        dependency('Core software', 'software', 5),
        dependency('Radio unit', 'hardware', 5),
        dependency('Baseband', 'component', 5),
        storedDependency('Router', 'V1', { kind: 'hardware', criticality: 5, standards: [] }),
      ],
      3,
    );
    expect(devices.map((device) => device.name)).toEqual(['Baseband', 'Radio unit', 'Small cell']);
  });
});
