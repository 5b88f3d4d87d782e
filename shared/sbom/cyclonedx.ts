/**
 * CycloneDX JSON 1.2–1.6, read with a single walk over the parsed document. What we read has the same shape
 * in every one of them: `components` nested in `components`, `licenses` (a licence by id or name, or an
 * expression), `supplier.name` and `publisher` since 1.2, `manufacturer` since 1.6 (simply absent before).
 *
 * Why not more of @cyclonedx/cyclonedx-library: it builds and serialises BOMs but has no JSON reader; its
 * JSON Schema validator compiles with ajv at run time (eval, which the app's Content-Security-Policy
 * forbids) and needs packages that are not installed (ajv-formats); turning 50,000 components into its
 * model classes would cost time for nothing we store. It earns its place for the spec versions (the
 * accepted ones are the library's own names for them; its Spec entry point brings its spec tables along,
 * about 45 KB before gzip, 7.5 KB after) and for its JSON schemas, from which cyclonedx-schema.ts's
 * validators are generated. The five fields we keep are
 * checked per component with the zod component schema (see component.ts): 50,000 components in about
 * 0.25 s, JSON.parse included.
 */
import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import type { SbomCollector, SourceFields } from './component';
import { cycloneDxSchemaProblems } from './cyclonedx-schema';
import { field, isJsonObject, type JsonObject } from './json-value';
import type { FormatReader } from './format-reader';
import { MAX_COMPONENT_DEPTH, MAX_COMPONENTS } from './limits';
import { tooMany, type SbomProblem } from './problems';

export const cycloneDxVersions: readonly string[] = [
  Version.v1dot2,
  Version.v1dot3,
  Version.v1dot4,
  Version.v1dot5,
  Version.v1dot6,
];

const source: SourceFields = {
  name: 'name',
  version: 'version',
  purl: 'purl',
  supplier: 'supplier.name',
  licences: 'licenses',
};

/**
 * The organisation a user would hold to account: the supplier, else the manufacturer (1.6), else the
 * publisher. Authors are left out: they are the people who wrote the code, not a party to a contract.
 */
const supplierOf = (component: JsonObject): unknown =>
  field(component.supplier, 'name') ?? field(component.manufacturer, 'name') ?? component.publisher;

/**
 * Each entry of a licence list is an SPDX expression, or a licence given by SPDX id or by name; its other
 * fields (text, url, and the 1.6 `acknowledgement` of declared or concluded) are not kept.
 */
const licenceList = (licenses: unknown, path: string, collector: SbomCollector): unknown[] => {
  if (licenses === undefined) return [];
  if (!Array.isArray(licenses)) {
    collector.problems.add('sbom.notAList', path, { field: 'licenses' });
    return [];
  }
  const licences: unknown[] = [];
  for (const entry of licenses as unknown[]) {
    const licence = field(entry, 'license');
    const value = field(entry, 'expression') ?? field(licence, 'id') ?? field(licence, 'name');
    if (value !== undefined) licences.push(value);
  }
  return licences;
};

/**
 * The licences the component declares (or its author concluded), else those a scanner observed in its
 * files (`evidence.licenses`, since 1.3): better an observed licence than none.
 */
const licencesOf = (component: JsonObject, path: string, collector: SbomCollector): unknown[] => {
  const declared = licenceList(component.licenses, `${path}.licenses`, collector);
  if (declared.length > 0) return declared;
  return licenceList(field(component.evidence, 'licenses'), `${path}.evidence.licenses`, collector);
};

interface PendingList {
  list: readonly unknown[];
  path: string;
  /** 1 for the top-level `components`, 2 for the components of one of them… */
  depth: number;
  next: number;
}

/**
 * Components and their nested components, parents first, in file order. Walked with a stack of its own
 * rather than by recursion, so no nesting can overflow the call stack; the number of components and
 * their nesting are capped (limits.ts) and the walk stops at the first cap passed.
 */
const readComponents = (document: JsonObject, collector: SbomCollector): SbomProblem | undefined => {
  const { components } = document;
  if (components === undefined) return undefined;
  if (!Array.isArray(components)) {
    collector.problems.add('sbom.notAList', 'components', { field: 'components' });
    return undefined;
  }
  const pending: PendingList[] = [{ list: components as unknown[], path: 'components', depth: 1, next: 0 }];
  let count = 0;
  for (let top = pending.at(-1); top; top = pending.at(-1)) {
    if (top.next >= top.list.length) {
      pending.pop();
      continue;
    }
    const index = top.next;
    top.next += 1;
    count += 1;
    if (count > MAX_COMPONENTS) return tooMany();
    const component = top.list[index];
    const path = `${top.path}[${index}]`;
    if (!isJsonObject(component)) {
      collector.problems.add('sbom.componentNotObject', path);
      continue;
    }
    collector.add(
      {
        name: component.name,
        version: component.version,
        purl: component.purl,
        supplier: supplierOf(component),
        licences: licencesOf(component, path, collector),
      },
      path,
      source,
    );
    const nested = component.components;
    if (nested === undefined) continue;
    const nestedPath = `${path}.components`;
    if (!Array.isArray(nested)) collector.problems.add('sbom.notAList', nestedPath, { field: 'components' });
    else if (top.depth >= MAX_COMPONENT_DEPTH)
      return {
        path: nestedPath,
        messageKey: 'sbom.componentsTooDeep',
        params: { limit: MAX_COMPONENT_DEPTH },
      };
    else pending.push({ list: nested as unknown[], path: nestedPath, depth: top.depth + 1, next: 0 });
  }
  return undefined;
};

/**
 * `components` may be absent or empty: a valid SBOM with nothing in it. `metadata.component` is not a
 * component: it is the subject of the SBOM, i.e. the dependency the user imports it onto.
 */
export const readCycloneDx: FormatReader = {
  versionField: 'specVersion',
  formatName: 'CycloneDX',
  versions: cycloneDxVersions,
  read: readComponents,
  schemaProblems: cycloneDxSchemaProblems,
};
