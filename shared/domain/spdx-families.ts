/**
 * The SPDX identifiers beyond the curated table of spdx-licences.ts, classed by family: a licence whose
 * identifier names a family whose members share their terms (every GPL-2.0 spelling, every BSD variant,
 * every CC BY-NC…), or one of a short list recognised one by one. The class of an identifier is in none of
 * the SPDX data packages, so nothing is inferred from its text or its name beyond what is written here;
 * an identifier no rule covers stays 'unknown' (tests/unit/shared/spdx-coverage.test.ts lists them, each
 * with the reason it is left so).
 */
import spdxLicenceList from 'spdx-license-list/spdx.json' with { type: 'json' };
import {
  fileCopyleft,
  libraryCopyleft,
  networkCopyleft,
  permissive,
  permissiveMarkingChanges,
  publicDomain,
  restricted,
  strongCopyleft,
  strongCopyleftV3,
  type SpdxLicenceTerms,
  type TermsOf,
} from './spdx-terms';

interface Family {
  pattern: RegExp;
  terms: TermsOf;
}

/** First match wins: the exceptions to a family come before it. */
const families: readonly Family[] = [
  // "Not licensed for use" in nuclear facilities, or not for military use: restrictions on the field of use.
  { pattern: /^BSD-3-Clause-No-(Military-License|Nuclear-License(-2014)?)$/, terms: restricted },
  // The BSD family is notice-only, except the BSD Protection License, a copyleft of its own (see the test).
  { pattern: /^BSD-(?!Protection$)/, terms: permissive },
  {
    pattern: /^(MIT-.+|MITNFA|X11-.+|HPND-.+|W3C-.+|OLDAP-2\..+|ZPL-.+|Unicode-DFS-2015)$/,
    terms: permissive,
  },
  {
    pattern: /^(AFL-.+|Artistic-1\.0(-.+)?|Artistic-dist|ClArtistic|ECL-2\.0)$/,
    terms: permissiveMarkingChanges,
  },
  { pattern: /^OFL-1\.[01](-.+)?$/, terms: permissive },
  // Creative Commons: attribution only, share-alike, and the non-commercial or no-derivatives ones.
  { pattern: /^CC-BY-(NC|ND)(-|$)/, terms: restricted },
  { pattern: /^(CC-BY-SA-.+|CC-SA-1\.0)$/, terms: strongCopyleft },
  { pattern: /^CC-BY-\d\.\d(-[A-Z]+)?$/, terms: permissive },
  {
    pattern: /^(CC-PDDC|CC-PDM-1\.0|PDDL-1\.0|DL-DE-ZERO-2\.0|.+-PD(-.+)?|Unlicense-.+)$/,
    terms: publicDomain,
  },
  // Notices the FSF recommends for small files: keep the notice, nothing else.
  { pattern: /^FSF(AP|UL|ULLR|ULLRSD|ULLRWD)(-.+)?$/, terms: permissive },
  // Open licences of public data and documents: attribution only.
  {
    pattern: /^(OGL-UK-.+|OGL-Canada-2\.0|NLOD-.+|DL-DE-BY-2\.0|etalab-2\.0|ODC-By-1\.0|CDLA-Permissive-.+)$/,
    terms: permissive,
  },
  // The GNU family in every spelling (deprecated ids, "+"); GFDL variants share the GFDL's terms.
  { pattern: /^GPL-[12]\.0(\+|-only|-or-later)?$/, terms: strongCopyleft },
  { pattern: /^GPL-3\.0(\+|-only|-or-later)?$/, terms: strongCopyleftV3 },
  { pattern: /^GFDL-1\.[123](-(no-)?invariants)?(-only|-or-later)?$/, terms: strongCopyleft },
  { pattern: /^(LGPLLR|LGPL-2\.[01](\+|-only|-or-later)?)$/, terms: libraryCopyleft },
  // Licences whose own name gives their reach: ESA-PL's three, CERN OHL 2.0's P/W/S, Québec's LiLiQ P/R/R+.
  { pattern: /^(ESA-PL-permissive-2\.4|CERN-OHL-P-2\.0|LiLiQ-P-1\.1)$/, terms: permissive },
  { pattern: /^(ESA-PL-weak-copyleft-2\.4|CERN-OHL-W-2\.0|LiLiQ-R-1\.1)$/, terms: fileCopyleft },
  { pattern: /^(ESA-PL-strong-copyleft-2\.4|CERN-OHL-S-2\.0|LiLiQ-Rplus-1\.1)$/, terms: strongCopyleft },
  // Earlier versions of licences the table classes, with the same terms.
  { pattern: /^(MPL-1\.0|NPL-1\.[01]|IPL-1\.0|SPL-1\.0|ErlPL-1\.1)$/, terms: fileCopyleft },
  {
    pattern: /^(EUPL-1\.0|OSL-[12]\.[01]|NPOSL-3\.0|CECILL-[12]\.[01]|copyleft-next-0\.3\.[01])$/,
    terms: strongCopyleft,
  },
  { pattern: /^RPL-1\.1$/, terms: networkCopyleft },
  {
    pattern:
      /^(Apache-1\.0|ECL-1\.0|PHP-3\.0|Python-2\.0\.1|CNRI-(Python|Python-GPL-Compatible|Jython)|CECILL-B)$/,
    terms: permissive,
  },
  {
    pattern: /^(OpenSSL-standalone|SSLeay-standalone|libpng-1\.6\.35|zlib-acknowledgement|bzip2-1\.0\.[56])$/,
    terms: permissive,
  },
  // Well-known notice-only licences of single projects, reviewed one by one.
  {
    pattern:
      /^(Beerware|blessing|Info-ZIP|libtiff|NTP|NTP-0|ISC-Veillard|Spencer-(86|94|99)|SGI-B-2\.0|TCL|Xnet|Xerox|XFree86-1\.1|Naumen|VSL-1\.0|Intel|EFL-[12]\.0|Entessa|Fair|Multics|MulanPSL-[12]\.0|Net-SNMP|Nunit|StandardML-NJ|SMLNJ|MirOS|Zend-2\.0|SSH-OpenSSH|SSH-short|TCP-wrappers|Boehm-GC|Linux-OpenIB|dtoa|mpich2|pkgconf|AAL|Bitstream-Vera)$/,
    terms: permissive,
  },
  // ImageMagick's licence is Apache 2.0's, reworded: notices and marked changes.
  { pattern: /^ImageMagick$/, terms: permissiveMarkingChanges },
  { pattern: /^libselinux-1\.0$/, terms: publicDomain },
  // Mozilla Public License derivatives: the licensed files stay under it.
  { pattern: /^(OSET-PL-2\.1|Nokia)$/, terms: fileCopyleft },
  // "Any OSI-approved licence", at the recipient's choice: a permissive one is among them.
  { pattern: /^any-OSI(-perl-modules)?$/, terms: permissive },
  // Source-available: no competing use (FSL), only on Windows (MS-LPL), no RAR compressor (UnRAR), ethics clauses.
  { pattern: /^(FSL-1\.1-(ALv2|MIT)|MS-LPL|UnRAR|Hippocratic-3\.0-core)$/, terms: restricted },
];

const names: Readonly<Record<string, { name: string }>> = spdxLicenceList;

/** The terms of an identifier by its family, named as the SPDX list names it; undefined when no rule covers it. */
export const familyTerms = (id: string): SpdxLicenceTerms | undefined => {
  const family = families.find(({ pattern }) => pattern.test(id));
  return family && family.terms(names[id]?.name ?? id);
};
