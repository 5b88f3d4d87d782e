/**
 * The licence classes and obligations of design §3, and the terms shared by every licence of a kind, for
 * the curated table (spdx-licences.ts) and the families (spdx-families.ts).
 */
/** From the least to the most demanding; 'unknown' last because nothing can be promised about it. */
export const licenceClassValues = [
  'permissive',
  'weak-copyleft',
  'strong-copyleft',
  'network-copyleft',
  'proprietary',
  'unknown',
] as const;
export type LicenceClass = (typeof licenceClassValues)[number];

/**
 * What a licence asks of whoever distributes or operates the software. The class gives the reach of
 * 'same-licence' and 'source-disclosure': the licensed files or library for weak copyleft, the whole work
 * built on it for strong and network copyleft.
 * - notice: keep the copyright and licence notices (and attribution) with every copy.
 * - state-changes: mark modified files as changed.
 * - source-disclosure: make the source of what is distributed available to its recipients.
 * - same-licence: distribute modifications (and, for strong copyleft, derived works) under the same licence.
 * - network-use: offer the source to users who interact with the software over a network.
 * - installation-information: give what is needed to install modified versions on a device sold with it.
 * - use-restrictions: limits on the fields of use, commercial use or competing services.
 */
export const obligationValues = [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
  'network-use',
  'installation-information',
  'use-restrictions',
] as const;
export type Obligation = (typeof obligationValues)[number];

export interface SpdxLicenceTerms {
  name: string;
  licenceClass: LicenceClass;
  obligations: readonly Obligation[];
}

/** Terms of a licence of this kind, given its name. */
export type TermsOf = (name: string) => SpdxLicenceTerms;

const terms =
  (licenceClass: LicenceClass, obligations: readonly Obligation[]) =>
  (name: string): SpdxLicenceTerms => ({ name, licenceClass, obligations });

export const publicDomain: TermsOf = terms('permissive', []);
export const permissive: TermsOf = terms('permissive', ['notice']);
export const permissiveMarkingChanges: TermsOf = terms('permissive', ['notice', 'state-changes']);
export const fileCopyleft: TermsOf = terms('weak-copyleft', ['notice', 'source-disclosure', 'same-licence']);
export const libraryCopyleft: TermsOf = terms('weak-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
]);
export const libraryCopyleftV3: TermsOf = terms('weak-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
  'installation-information',
]);
export const strongCopyleft: TermsOf = terms('strong-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
]);
export const strongCopyleftV3: TermsOf = terms('strong-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
  'installation-information',
]);
export const networkCopyleft: TermsOf = terms('network-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
  'network-use',
]);
export const networkCopyleftV3: TermsOf = terms('network-copyleft', [
  'notice',
  'state-changes',
  'source-disclosure',
  'same-licence',
  'network-use',
  'installation-information',
]);
// Source-available or non-commercial terms: not open source, so they sit with proprietary licences.
export const restricted: TermsOf = terms('proprietary', ['notice', 'use-restrictions']);
