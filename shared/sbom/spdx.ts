/**
 * SPDX JSON 2.2–2.3: each package is a component. All packages are kept, including the ones the document
 * DESCRIBES: SPDX does not set the subject apart from its contents (an image SBOM may describe several of
 * its packages), so dropping them could lose real components.
 */
import type { SbomCollector, SourceFields } from './component';
import type { FormatReader } from './format-reader';
import { field, isJsonObject, type JsonObject } from './json-value';
import { MAX_COMPONENTS } from './limits';
import { tooMany, type SbomProblem } from './problems';

export const spdxVersions: readonly string[] = ['SPDX-2.2', 'SPDX-2.3'];

const source: SourceFields = {
  name: 'name',
  version: 'versionInfo',
  purl: 'externalRefs',
  supplier: 'supplier',
  licences: 'licenseConcluded',
};

/** SPDX's "we do not know" and "there is none": neither tells us anything to store. */
const noValue = new Set(['NOASSERTION', 'NONE']);

const known = (value: unknown): unknown =>
  typeof value === 'string' && noValue.has(value.trim()) ? undefined : value;

/**
 * Longest supplier or originator text taken apart: past it the text is kept whole, and the component schema
 * refuses it as too long (a name of at most 300 characters with an e-mail cannot be longer).
 */
const MAX_AGENT_LENGTH = 1000;

/** A trailing "(…@…)" e-mail, found by position rather than by a regular expression, so any text takes linear time. */
const withoutEmail = (text: string): string => {
  if (!text.endsWith(')')) return text;
  const open = text.lastIndexOf('(');
  const inside = text.slice(open + 1, -1);
  return open !== -1 && inside.includes('@') && !inside.includes(')') ? text.slice(0, open) : text;
};

/**
 * "Organization: Acme (legal@acme.example)" or "Person: Jane Doe" → "Acme" / "Jane Doe". Plain string
 * handling: the regular expression it replaces took minutes on a supplier of 8 KB of spaces.
 */
const agentName = (value: unknown): unknown => {
  const agent = known(value);
  if (typeof agent !== 'string' || agent.length > MAX_AGENT_LENGTH) return agent;
  const text = agent.trim();
  const kind = ['Organization', 'Person'].find((prefix) => text.startsWith(prefix));
  if (kind === undefined) return agent;
  const rest = text.slice(kind.length).trimStart();
  return rest.startsWith(':') ? withoutEmail(rest.slice(1).trim()).trim() : agent;
};

/** The first external reference of type `purl`, whatever its category is called (2.2 and 2.3 differ). */
const purlOf = (pkg: JsonObject, path: string, collector: SbomCollector): unknown => {
  const { externalRefs } = pkg;
  if (externalRefs === undefined) return undefined;
  if (!Array.isArray(externalRefs)) {
    collector.problems.add('sbom.notAList', `${path}.externalRefs`, { field: 'externalRefs' });
    return undefined;
  }
  const reference = (externalRefs as unknown[]).find((ref) => field(ref, 'referenceType') === 'purl');
  return field(reference, 'referenceLocator');
};

/** The licence concluded by whoever wrote the SBOM, else the one the package declares. */
const licencesOf = (pkg: JsonObject): unknown[] => {
  const licence = known(pkg.licenseConcluded) ?? known(pkg.licenseDeclared);
  return licence === undefined ? [] : [licence];
};

/**
 * `packages` is optional in the SPDX schema, but a document without it lists only files or snippets: no
 * component to import, and most likely the wrong file, so it is refused. An empty list is accepted.
 */
const readPackages = (document: JsonObject, collector: SbomCollector): SbomProblem | undefined => {
  const { packages } = document;
  if (packages === undefined) {
    collector.problems.add('sbom.spdxWithoutPackages', 'packages');
    return undefined;
  }
  if (!Array.isArray(packages)) {
    collector.problems.add('sbom.notAList', 'packages', { field: 'packages' });
    return undefined;
  }
  if (packages.length > MAX_COMPONENTS) return tooMany();
  (packages as unknown[]).forEach((pkg, index) => {
    const path = `packages[${index}]`;
    if (!isJsonObject(pkg)) {
      collector.problems.add('sbom.componentNotObject', path);
      return;
    }
    collector.add(
      {
        name: pkg.name,
        version: known(pkg.versionInfo),
        purl: purlOf(pkg, path, collector),
        supplier: agentName(pkg.supplier) ?? agentName(pkg.originator),
        licences: licencesOf(pkg),
      },
      path,
      source,
    );
  });
  return undefined;
};

export const readSpdx: FormatReader = {
  versionField: 'spdxVersion',
  formatName: 'SPDX',
  versions: spdxVersions,
  read: readPackages,
};
