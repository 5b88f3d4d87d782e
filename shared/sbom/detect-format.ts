import { isJsonObject, quoted } from './json-value';
import type { SbomProblem } from './problems';

export const sbomFormats = ['cyclonedx', 'spdx'] as const;
export type SbomFormat = (typeof sbomFormats)[number];

export type DetectResult = { ok: true; format: SbomFormat } | { ok: false; problem: SbomProblem };

/**
 * Recognises the format by its own marker: CycloneDX JSON says `"bomFormat": "CycloneDX"`, an SPDX JSON
 * document has `spdxVersion` (or, if that is missing, its `SPDXRef-DOCUMENT` identifier, so the user is
 * told the version is missing rather than that the file is not SPDX).
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
  if (json.spdxVersion !== undefined || json.SPDXID === 'SPDXRef-DOCUMENT')
    return { ok: true, format: 'spdx' };
  return { ok: false, problem: { messageKey: 'sbom.notAnSbom', params: {} } };
};
