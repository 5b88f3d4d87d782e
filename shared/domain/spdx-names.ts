/**
 * Licences given by name ("Apache License 2.0", "GNU Lesser General Public License, Version 2.1") read as
 * the SPDX identifier they name. Exact matches only, after a normalisation that changes no licence (case,
 * quotes, punctuation, "licence"/"license", "version"/"v" before a number, a leading "the"): a name that
 * only resembles one is left as written, and classed 'unknown' rather than guessed.
 * The names are those of the SPDX list (spdx-license-list), its identifiers in any case, and the variants
 * scanners commonly write (below). A name that would lead to two licences is dropped.
 */
import spdxLicenceList from 'spdx-license-list/spdx.json' with { type: 'json' };
import currentIds from 'spdx-license-ids/index.json' with { type: 'json' };

/** The same key for every way of writing one name; linear (no regular expression that can backtrack). */
export const normaliseLicenceName = (name: string): string =>
  name
    .toLowerCase()
    .replaceAll('licence', 'license')
    .replace(/["'“”‘’()[\]]/g, ' ')
    .replace(/[\s,;_\-/]+/g, ' ')
    .replace(/\b(version|ver|v)\s?(?=\d)/g, '')
    .trim()
    .replace(/^the /, '');

/**
 * What scanners write for common licences, beyond the SPDX names. A GNU name without "only" or "or later"
 * gets the deprecated identifier that is exactly as vague (GPL-2.0): its class and obligations are known.
 */
const commonVariants: Readonly<Record<string, string>> = {
  'apache 2': 'Apache-2.0',
  'apache 2.0': 'Apache-2.0',
  apache2: 'Apache-2.0',
  'apache license 2': 'Apache-2.0',
  'apache software license 2.0': 'Apache-2.0',
  'apache software license 2': 'Apache-2.0',
  'asl 2.0': 'Apache-2.0',
  'mit license': 'MIT',
  expat: 'MIT',
  'bouncy castle license': 'MIT',
  'bsd 2 clause license': 'BSD-2-Clause',
  'simplified bsd license': 'BSD-2-Clause',
  'bsd 3': 'BSD-3-Clause',
  'bsd 3 clause license': 'BSD-3-Clause',
  'new bsd license': 'BSD-3-Clause',
  'revised bsd license': 'BSD-3-Clause',
  'modified bsd license': 'BSD-3-Clause',
  'eclipse distribution license 1.0': 'BSD-3-Clause',
  'isc license': 'ISC',
  cc0: 'CC0-1.0',
  'python software foundation license': 'PSF-2.0',
  'eclipse public license 1.0': 'EPL-1.0',
  'eclipse public license 2.0': 'EPL-2.0',
  'epl 1.0': 'EPL-1.0',
  'epl 2.0': 'EPL-2.0',
  'mozilla public license 2': 'MPL-2.0',
  'gnu general public license 2': 'GPL-2.0',
  'gnu general public license 2.0': 'GPL-2.0',
  'gnu general public license 3': 'GPL-3.0',
  'gnu general public license 3.0': 'GPL-3.0',
  'gpl 2': 'GPL-2.0',
  gplv2: 'GPL-2.0',
  'gpl 3': 'GPL-3.0',
  gplv3: 'GPL-3.0',
  'gnu library general public license 2': 'LGPL-2.0',
  'gnu lesser general public license 2.1': 'LGPL-2.1',
  'gnu lesser general public license 3': 'LGPL-3.0',
  'gnu lesser general public license 3.0': 'LGPL-3.0',
  'lgpl 2.1': 'LGPL-2.1',
  'lgplv2.1': 'LGPL-2.1',
  'lgpl 3': 'LGPL-3.0',
  lgplv3: 'LGPL-3.0',
  'gnu affero general public license 3': 'AGPL-3.0',
  'gnu affero general public license 3.0': 'AGPL-3.0',
  'agpl 3': 'AGPL-3.0',
  agplv3: 'AGPL-3.0',
  // Oracle's Java libraries (Maven POMs): "GPL2 w/ CPE".
  'gpl2 w cpe': 'GPL-2.0-only WITH Classpath-exception-2.0',
};

const buildAliases = (): ReadonlyMap<string, string> => {
  // The list also names deprecated identifiers, "+" forms (GPL-2.0+) among them: only current ones come first.
  const current = new Set<string>(currentIds);
  const aliases = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (name: string, id: string): void => {
    const key = normaliseLicenceName(name);
    const known = aliases.get(key);
    if (known === undefined) aliases.set(key, id);
    else if (known !== id) ambiguous.add(key);
  };
  const entries = Object.entries(spdxLicenceList as Record<string, { name: string }>);
  // Current identifiers first, so a name shared with a deprecated one (GPL-2.0 and GPL-2.0-only) stays current.
  const ordered = [
    ...entries.filter(([id]) => current.has(id)),
    ...entries.filter(([id]) => !current.has(id)),
  ];
  for (const [id] of ordered) add(id, id);
  for (const [id, { name }] of ordered) if (!aliases.has(normaliseLicenceName(name))) add(name, id);
  for (const [name, id] of Object.entries(commonVariants)) add(name, id);
  for (const key of ambiguous) aliases.delete(key);
  return aliases;
};

let aliases: ReadonlyMap<string, string> | undefined;

/** The SPDX identifier (or, for a few, expression) a licence name exactly names, or undefined. */
export const spdxIdForName = (name: string): string | undefined => {
  aliases ??= buildAliases();
  return aliases.get(normaliseLicenceName(name));
};
