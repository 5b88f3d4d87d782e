import spdxExceptions from 'spdx-exceptions/index.json';
import spdxIds from 'spdx-license-ids/index.json';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import { describe, expect, it } from 'vitest';
import { licenceClass, licenceObligations } from '@shared/domain';
import { linkingExceptions, spdxLicenceTerms } from '@shared/domain/spdx-licences';
import { unclassifiedLicences } from './spdx-unclassified';

const everyId = [...spdxIds, ...deprecatedIds];
const unclassified = Object.entries(unclassifiedLicences).flatMap(([reason, ids]) =>
  ids.map((id: string) => ({ id, reason })),
);

describe('the classification of the whole SPDX licence list', () => {
  it('classes every identifier, or leaves it unknown for a reason listed after review', () => {
    const listed = new Set(unclassified.map(({ id }) => id));
    expect(everyId.filter((id) => !spdxLicenceTerms(id) && !listed.has(id))).toEqual([]);
    expect(everyId.filter((id) => spdxLicenceTerms(id) && listed.has(id))).toEqual([]);
  });

  it('lists each unclassified identifier once, and only identifiers of the SPDX list', () => {
    const ids = unclassified.map(({ id }) => id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !everyId.includes(id))).toEqual([]);
  });

  it('leaves fewer than half of the identifiers unknown', () => {
    // 325 of 734 in spdx-license-ids 3.0.24, against 628 with the curated table alone.
    expect(unclassified.length / everyId.length).toBeLessThan(0.5);
  });

  it('names every linking exception as the SPDX exception list does', () => {
    expect([...linkingExceptions].filter((id) => !spdxExceptions.includes(id))).toEqual([]);
  });

  it.each([
    ['BSD-3-Clause-Open-MPI', 'permissive', 'a BSD variant keeps the notices'],
    ['BSD-3-Clause-No-Military-License', 'proprietary', 'not for military use: a field-of-use restriction'],
    ['BSD-3-Clause-No-Nuclear-Warranty', 'permissive', 'only its warranty mentions nuclear use'],
    ['MIT-CMU', 'permissive', 'an MIT variant'],
    ['CC-BY-3.0-DE', 'permissive', 'attribution only'],
    ['CC-BY-SA-3.0', 'strong-copyleft', 'share-alike, as CC-BY-SA-4.0'],
    ['CC-BY-NC-SA-4.0', 'proprietary', 'non-commercial'],
    ['GFDL-1.2-no-invariants-or-later', 'strong-copyleft', 'a GFDL variant'],
    ['GPL-2.0+', 'strong-copyleft', 'a deprecated spelling'],
    ['LGPL-2.0+', 'weak-copyleft', 'a deprecated spelling'],
    ['OSL-2.1', 'strong-copyleft', 'an earlier OSL'],
    ['MPL-1.0', 'weak-copyleft', 'an earlier MPL'],
    ['CERN-OHL-W-2.0', 'weak-copyleft', 'weakly reciprocal by its own name'],
    ['FSL-1.1-MIT', 'proprietary', 'no competing use for two years'],
    ['NIST-PD', 'permissive', 'a public-domain dedication'],
    ['APSL-2.0', 'unknown', 'its reach needs a lawyer'],
    ['Glulxe', 'unknown', 'one project’s licence, not reviewed'],
  ])('classes %s as %s (%s)', (id, expected) => {
    expect(licenceClass(id)).toBe(expected);
  });

  it('gives a family member the obligations of its family', () => {
    expect(licenceObligations('GPL-3.0+')).toEqual(licenceObligations('GPL-3.0-only'));
    expect(licenceObligations('NIST-PD')).toEqual([]);
    expect(licenceObligations('CC-BY-ND-4.0')).toEqual(['notice', 'use-restrictions']);
  });
});
