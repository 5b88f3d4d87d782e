/**
 * CycloneDX JSON 1.4–1.6, read with a single walk over the parsed document.
 *
 * Why not more of @cyclonedx/cyclonedx-library: it builds and serialises BOMs but has no JSON reader; its
 * JSON Schema validator needs optional packages that are not installed (ajv-formats, ajv-formats-
 * draft2019), validates the whole document at once with English-only messages, and turning 50,000
 * components into its model classes would cost time for nothing we store. It does earn its place for the
 * spec versions: the accepted ones are the library's own names for them (its Spec entry point is CommonJS
 * and brings its spec tables along, about 45 KB before gzip, 7.5 KB after). The five fields we keep are
 * checked per component with the zod component schema (see component.ts): 50,000 components in about
 * 0.25 s, JSON.parse included.
 */
import { Version } from '@cyclonedx/cyclonedx-library/Spec';
import type { SbomCollector, SourceFields } from './component';
import { field, isJsonObject, type JsonObject } from './json-value';
import type { FormatReader } from './format-reader';

export const cycloneDxVersions: readonly string[] = [Version.v1dot4, Version.v1dot5, Version.v1dot6];

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
 * Each entry of `licenses` is an SPDX expression, or a licence given by SPDX id or by name; its other
 * fields (text, url, and the 1.6 `acknowledgement` of declared or concluded) are not kept.
 */
const licencesOf = (component: JsonObject, path: string, collector: SbomCollector): unknown[] => {
  const { licenses } = component;
  if (licenses === undefined) return [];
  if (!Array.isArray(licenses)) {
    collector.problems.add('sbom.notAList', `${path}.licenses`, { field: 'licenses' });
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

/** Components and their nested components, parents first, in file order. */
const readComponents = (components: unknown, path: string, collector: SbomCollector): void => {
  if (components === undefined) return;
  if (!Array.isArray(components)) {
    collector.problems.add('sbom.notAList', path, { field: 'components' });
    return;
  }
  (components as unknown[]).forEach((component, index) => {
    const componentPath = `${path}[${index}]`;
    if (!isJsonObject(component)) {
      collector.problems.add('sbom.componentNotObject', componentPath);
      return;
    }
    collector.add(
      {
        name: component.name,
        version: component.version,
        purl: component.purl,
        supplier: supplierOf(component),
        licences: licencesOf(component, componentPath, collector),
      },
      componentPath,
      source,
    );
    readComponents(component.components, `${componentPath}.components`, collector);
  });
};

/**
 * `components` may be absent or empty: a valid SBOM with nothing in it. `metadata.component` is not a
 * component: it is the subject of the SBOM, i.e. the dependency the user imports it onto.
 */
export const readCycloneDx: FormatReader = {
  versionField: 'specVersion',
  formatName: 'CycloneDX',
  versions: cycloneDxVersions,
  read: (document, collector) => readComponents(document.components, 'components', collector),
};
