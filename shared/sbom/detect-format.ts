import { isJsonObject, quoted, type JsonObject } from './json-value';
import type { SbomProblem } from './problems';

export const sbomFormats = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof sbomFormats)[number];

export type DetectResult = { ok: true; format: SbomFormat } | { ok: false; problem: SbomProblem };

const spdx3Context = 'spdx.org/rdf/3.';

/**
 * SPDX 3 is JSON-LD: an `@context` naming the SPDX 3 vocabulary (https://spdx.org/rdf/3.0.1/spdx-context.jsonld)
 * and an `@graph` of elements, with the spec version inside its CreationInfo. A hand-made file may instead
 * carry an SPDX 2 style `spdxVersion` of "SPDX-3.0".
 */
const isSpdx3 = (json: JsonObject): boolean => {
  const context: unknown = json['@context'];
  const contexts: unknown[] = Array.isArray(context) ? context : [context];
  return (
    contexts.some((entry) => typeof entry === 'string' && entry.includes(spdx3Context)) ||
    (typeof json.spdxVersion === 'string' && json.spdxVersion.trim().startsWith('SPDX-3'))
  );
};

/**
 * Recognises the format by its own marker: CycloneDX JSON says `"bomFormat": "CycloneDX"`, an SPDX JSON
 * document has `spdxVersion` (or, if that is missing, its `SPDXRef-DOCUMENT` identifier, so the user is
 * told the version is missing rather than that the file is not SPDX). SPDX 3 is told apart, to say it is not
 * supported yet rather than that the file is not an SBOM.
 */
export const detectSbomFormat = (json: unknown): DetectResult => {
  if (!isJsonObject(json)) return { ok: false, problem: { messageKey: 'sbom.notAnSbom', params: {} } };
  const { bomFormat } = json;
  if (bomFormat === 'CycloneDX') return { ok: true, format: 'cyclonedx' };
  if (bomFormat !== undefined)
    return {
      ok: false,
      problem: {
        path: 'bomFormat',
        messageKey: 'sbom.unknownBomFormat',
        params: { value: quoted(bomFormat) },
      },
    };
  if (isSpdx3(json)) return { ok: false, problem: { messageKey: 'sbom.spdx3Unsupported', params: {} } };
  if (json.spdxVersion !== undefined || json.SPDXID === 'SPDXRef-DOCUMENT')
    return { ok: true, format: 'spdx' };
  return { ok: false, problem: { messageKey: 'sbom.notAnSbom', params: {} } };
};
