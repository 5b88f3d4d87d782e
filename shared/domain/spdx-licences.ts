/**
 * The curated table behind licence classification (design §3): for each SPDX licence identifier, its class and
 * the obligations it puts on a telecom operator that ships or runs the software. An identifier missing here is
 * classed 'unknown' — a licence nobody has reviewed must not pass for a harmless one.
 *
 * Bump `spdxLicenceTableVersion` whenever an entry is added or changed, so a classification shown in a report
 * can be traced to the table that produced it. Identifiers are those of the SPDX License List (checked against
 * spdx-license-ids 3.0.24 and spdx-exceptions 2.5.0, the versions spdx-expression-parse validates with).
 */
import { familyTerms } from './spdx-families';
import {
  fileCopyleft,
  libraryCopyleft,
  libraryCopyleftV3,
  networkCopyleft,
  networkCopyleftV3,
  permissive,
  permissiveMarkingChanges,
  publicDomain,
  restricted,
  strongCopyleft,
  strongCopyleftV3,
  type SpdxLicenceTerms,
} from './spdx-terms';

export const spdxLicenceTableVersion = '2026.2';

export {
  licenceClassValues,
  obligationValues,
  type LicenceClass,
  type Obligation,
  type SpdxLicenceTerms,
} from './spdx-terms';

export const spdxLicences: Readonly<Record<string, SpdxLicenceTerms>> = {
  // Public-domain dedications and licences without conditions.
  '0BSD': publicDomain('BSD Zero Clause License'),
  'CC0-1.0': publicDomain('Creative Commons Zero v1.0 Universal'),
  'MIT-0': publicDomain('MIT No Attribution'),
  Unlicense: publicDomain('The Unlicense'),
  WTFPL: publicDomain('Do What The F*ck You Want To Public License'),

  // Permissive: keep the notices.
  MIT: permissive('MIT License'),
  X11: permissive('X11 License'),
  ISC: permissive('ISC License'),
  'BSD-2-Clause': permissive('BSD 2-Clause "Simplified" License'),
  'BSD-3-Clause': permissive('BSD 3-Clause "New" or "Revised" License'),
  'BSD-3-Clause-Clear': permissive('BSD 3-Clause Clear License'),
  'BSD-4-Clause': permissive('BSD 4-Clause "Original" or "Old" License'),
  'BSD-2-Clause-FreeBSD': permissive('BSD 2-Clause FreeBSD License'),
  'BSD-2-Clause-NetBSD': permissive('BSD 2-Clause NetBSD License'),
  'BSL-1.0': permissive('Boost Software License 1.0'),
  'Apache-1.1': permissive('Apache License 1.1'),
  'BlueOak-1.0.0': permissive('Blue Oak Model License 1.0.0'),
  'CC-BY-3.0': permissive('Creative Commons Attribution 3.0 Unported'),
  'CC-BY-4.0': permissive('Creative Commons Attribution 4.0 International'),
  curl: permissive('curl License'),
  FTL: permissive('Freetype Project License'),
  HPND: permissive('Historical Permission Notice and Disclaimer'),
  ICU: permissive('ICU License'),
  IJG: permissive('Independent JPEG Group License'),
  Libpng: permissive('libpng License'),
  'libpng-2.0': permissive('PNG Reference Library version 2'),
  'MS-PL': permissive('Microsoft Public License'),
  NCSA: permissive('University of Illinois/NCSA Open Source License'),
  'OFL-1.1': permissive('SIL Open Font License 1.1'),
  OpenSSL: permissive('OpenSSL License'),
  'PHP-3.01': permissive('PHP License v3.01'),
  PostgreSQL: permissive('PostgreSQL License'),
  'PSF-2.0': permissive('Python Software Foundation License 2.0'),
  'Python-2.0': permissive('Python License 2.0'),
  Ruby: permissive('Ruby License'),
  'Unicode-3.0': permissive('Unicode License v3'),
  'Unicode-DFS-2016': permissive('Unicode License Agreement - Data Files and Software (2016)'),
  'UPL-1.0': permissive('Universal Permissive License v1.0'),
  W3C: permissive('W3C Software Notice and License (2002-12-31)'),
  Zlib: permissive('zlib License'),
  'Apache-2.0': permissiveMarkingChanges('Apache License 2.0'),
  'AFL-3.0': permissiveMarkingChanges('Academic Free License v3.0'),
  'Artistic-2.0': permissiveMarkingChanges('Artistic License 2.0'),

  // Weak copyleft: the licensed files or library stay under the licence, the rest of the work does not.
  'MPL-1.1': fileCopyleft('Mozilla Public License 1.1'),
  'MPL-2.0': fileCopyleft('Mozilla Public License 2.0'),
  'MPL-2.0-no-copyleft-exception': fileCopyleft('Mozilla Public License 2.0 (no copyleft exception)'),
  'EPL-1.0': fileCopyleft('Eclipse Public License 1.0'),
  'EPL-2.0': fileCopyleft('Eclipse Public License 2.0'),
  'CDDL-1.0': fileCopyleft('Common Development and Distribution License 1.0'),
  'CDDL-1.1': fileCopyleft('Common Development and Distribution License 1.1'),
  'CPL-1.0': fileCopyleft('Common Public License 1.0'),
  'MS-RL': fileCopyleft('Microsoft Reciprocal License'),
  'CECILL-C': fileCopyleft('CeCILL-C Free Software License Agreement'),
  'LGPL-2.0-only': libraryCopyleft('GNU Library General Public License v2 only'),
  'LGPL-2.0-or-later': libraryCopyleft('GNU Library General Public License v2 or later'),
  'LGPL-2.1-only': libraryCopyleft('GNU Lesser General Public License v2.1 only'),
  'LGPL-2.1-or-later': libraryCopyleft('GNU Lesser General Public License v2.1 or later'),
  'LGPL-3.0-only': libraryCopyleftV3('GNU Lesser General Public License v3.0 only'),
  'LGPL-3.0-or-later': libraryCopyleftV3('GNU Lesser General Public License v3.0 or later'),
  'eCos-2.0': libraryCopyleft('eCos license version 2.0'),
  wxWindows: libraryCopyleft('wxWindows Library License'),
  'GPL-2.0-with-classpath-exception': libraryCopyleft('GNU GPL v2.0 with Classpath exception'),
  'GPL-2.0-with-GCC-exception': libraryCopyleft('GNU GPL v2.0 with GCC Runtime Library exception'),
  'GPL-2.0-with-autoconf-exception': libraryCopyleft('GNU GPL v2.0 with Autoconf exception'),
  'GPL-2.0-with-bison-exception': libraryCopyleft('GNU GPL v2.0 with Bison exception'),
  'GPL-2.0-with-font-exception': libraryCopyleft('GNU GPL v2.0 with font exception'),
  'GPL-3.0-with-GCC-exception': libraryCopyleftV3('GNU GPL v3.0 with GCC Runtime Library exception'),
  'GPL-3.0-with-autoconf-exception': libraryCopyleftV3('GNU GPL v3.0 with Autoconf exception'),

  // Strong copyleft: the whole work built on it is distributed under the licence, with its source.
  'GPL-1.0-only': strongCopyleft('GNU General Public License v1.0 only'),
  'GPL-1.0-or-later': strongCopyleft('GNU General Public License v1.0 or later'),
  'GPL-2.0-only': strongCopyleft('GNU General Public License v2.0 only'),
  'GPL-2.0-or-later': strongCopyleft('GNU General Public License v2.0 or later'),
  'GPL-3.0-only': strongCopyleftV3('GNU General Public License v3.0 only'),
  'GPL-3.0-or-later': strongCopyleftV3('GNU General Public License v3.0 or later'),
  'CECILL-2.1': strongCopyleft('CeCILL Free Software License Agreement v2.1'),
  'EUPL-1.1': strongCopyleft('European Union Public License 1.1'),
  // EUPL-1.2 is strong copyleft whose compatibility clause lets a combined work go out under GPL, MPL, EPL
  // and others; its "distribution" also covers providing online access, so a SaaS use deserves a lawyer's look.
  'EUPL-1.2': strongCopyleft('European Union Public License 1.2'),
  'OSL-3.0': strongCopyleft('Open Software License 3.0'),
  Sleepycat: strongCopyleft('Sleepycat License'),
  'GFDL-1.3-only': strongCopyleft('GNU Free Documentation License v1.3 only'),
  'GFDL-1.3-or-later': strongCopyleft('GNU Free Documentation License v1.3 or later'),
  'CC-BY-SA-4.0': strongCopyleft('Creative Commons Attribution Share Alike 4.0 International'),

  // Network copyleft: running it as a service for others triggers the source obligations too.
  'AGPL-1.0-only': networkCopyleft('Affero General Public License v1.0 only'),
  'AGPL-1.0-or-later': networkCopyleft('Affero General Public License v1.0 or later'),
  'AGPL-3.0-only': networkCopyleftV3('GNU Affero General Public License v3.0 only'),
  'AGPL-3.0-or-later': networkCopyleftV3('GNU Affero General Public License v3.0 or later'),
  // The SSPL reaches the whole software used to offer the service (management, monitoring, storage…).
  'SSPL-1.0': networkCopyleft('Server Side Public License, v 1'),
  'RPL-1.5': networkCopyleft('Reciprocal Public License 1.5'),
  'CPAL-1.0': networkCopyleft('Common Public Attribution License 1.0'),

  // Source-available and non-commercial terms.
  'BUSL-1.1': restricted('Business Source License 1.1'),
  'Elastic-2.0': restricted('Elastic License 2.0'),
  'PolyForm-Noncommercial-1.0.0': restricted('PolyForm Noncommercial License 1.0.0'),
  'PolyForm-Small-Business-1.0.0': restricted('PolyForm Small Business License 1.0.0'),
  'CC-BY-NC-4.0': restricted('Creative Commons Attribution Non Commercial 4.0 International'),
  'CC-BY-ND-4.0': restricted('Creative Commons Attribution No Derivatives 4.0 International'),
  JSON: restricted('JSON License'),
  'Hippocratic-2.1': restricted('Hippocratic License 2.1'),
};

/**
 * Deprecated identifiers still common in package metadata, read as the licence SPDX now names explicitly.
 * "GPL-2.0" is ambiguous between "only" and "or later", which share a class and obligations.
 */
const deprecatedIdentifiers: Readonly<Record<string, string>> = {
  'GPL-1.0': 'GPL-1.0-only',
  'GPL-2.0': 'GPL-2.0-only',
  'GPL-3.0': 'GPL-3.0-only',
  'LGPL-2.0': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3.0': 'LGPL-3.0-only',
  'AGPL-1.0': 'AGPL-1.0-only',
  'AGPL-3.0': 'AGPL-3.0-only',
  'GFDL-1.3': 'GFDL-1.3-only',
};

/** Every identifier the table can class, current and deprecated. */
export const knownSpdxIds: readonly string[] = [
  ...Object.keys(spdxLicences),
  ...Object.keys(deprecatedIdentifiers),
];

/**
 * The terms of an SPDX licence identifier (current or deprecated): from the curated table, else by its
 * family (spdx-families.ts), else undefined, which classes it 'unknown'.
 */
export const spdxLicenceTerms = (id: string): SpdxLicenceTerms | undefined => {
  const current = Object.hasOwn(deprecatedIdentifiers, id) ? deprecatedIdentifiers[id] : id;
  if (current !== undefined && Object.hasOwn(spdxLicences, current)) return spdxLicences[current];
  return familyTerms(id);
};

/**
 * Exceptions that let other code link with or embed a strong-copyleft component without falling under its
 * licence: with one of them the component is weak copyleft. Other exceptions (Linux-syscall-note,
 * openvpn-openssl-exception…) only clarify or allow one particular combination and keep the class.
 */
export const linkingExceptions: ReadonlySet<string> = new Set([
  'Autoconf-exception-2.0',
  'Autoconf-exception-3.0',
  'Bison-exception-2.2',
  'Classpath-exception-2.0',
  'eCos-exception-2.0',
  'Font-exception-2.0',
  'freertos-exception-2.0',
  'GCC-exception-2.0',
  'GCC-exception-3.1',
  'GNU-compiler-exception',
  'GPL-3.0-linking-exception',
  'GPL-3.0-linking-source-exception',
  'Libtool-exception',
  'LLVM-exception',
  'OpenJDK-assembly-exception-1.0',
  'u-boot-exception-2.0',
  'Universal-FOSS-exception-1.0',
  'WxWindows-exception-3.1',
]);
