/**
 * SPDX JSON 2.2–2.3: each package is a component. All packages are kept, including the ones the document
 * DESCRIBES: SPDX does not set the subject apart from its contents (an image SBOM may describe several of
 * its packages), so dropping them could lose real components.
 */
import type { SbomCollector, SourceFields } from './component';
import type { FormatReader } from './format-reader';
import { field, isJsonObject, type JsonObject } from './json-value';

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

/** "Organization: Acme (legal@acme.example)" or "Person: Jane Doe" → "Acme" / "Jane Doe". */
const agentName = (value: unknown): unknown => {
  const agent = known(value);
  if (typeof agent !== 'string') return agent;
  const match = /^\s*(?:Organization|Person)\s*:\s*(.*?)\s*(?:\([^()]*@[^()]*\))?\s*$/.exec(agent);
  return match ? match[1] : agent;
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
const readPackages = (document: JsonObject, collector: SbomCollector): void => {
  const { packages } = document;
  if (packages === undefined) {
    collector.problems.add('sbom.spdxWithoutPackages', 'packages');
    return;
  }
  if (!Array.isArray(packages)) {
    collector.problems.add('sbom.notAList', 'packages', { field: 'packages' });
    return;
  }
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
};

export const readSpdx: FormatReader = {
  versionField: 'spdxVersion',
  formatName: 'SPDX',
  versions: spdxVersions,
  read: readPackages,
};
