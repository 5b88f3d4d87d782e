import type { SbomComponentInput } from '../domain/sbom';
import { SbomCollector } from './component';
import { readCycloneDx } from './cyclonedx';
import { detectSbomFormat, type SbomFormat } from './detect-format';
import type { FormatReader } from './format-reader';
import type { JsonObject } from './json-value';
import { refuse, type SbomProblem } from './problems';
import { readJson } from './read-json';
import { readSpdx } from './spdx';

export type SbomParseResult =
  | {
      ok: true;
      format: SbomFormat;
      specVersion: string;
      components: SbomComponentInput[];
      /** What was left out without refusing the file (purls that are not package URLs). */
      warnings: SbomProblem[];
    }
  | { ok: false; problems: SbomProblem[] };

const readers: Record<SbomFormat, FormatReader> = { cyclonedx: readCycloneDx, spdx: readSpdx };

/**
 * Reads a CycloneDX JSON (1.2–1.6) or SPDX JSON (2.2–2.3) file into the components of one dependency.
 * Either the file is valid (a CycloneDX file against its version's JSON schema too) and every component
 * is returned, or nothing is and every problem found (up to a hundred) is listed with its JSON path, so
 * the file can be fixed in one go. Never throws: the caps of limits.ts come before any work.
 */
export const parseSbom = (bytes: Uint8Array, dependencyId: string): SbomParseResult => {
  const read = readJson(bytes);
  if (!read.ok) return read;
  const detected = detectSbomFormat(read.json);
  if (!detected.ok) return { ok: false, problems: [detected.problem] };

  const { format } = detected;
  const reader = readers[format];
  const document = read.json as JsonObject;
  const specVersion = document[reader.versionField];
  if (typeof specVersion !== 'string' || specVersion.trim() === '')
    return refuse('sbom.missingVersion', reader.versionField, {
      format: reader.formatName,
      field: reader.versionField,
    });
  if (!reader.versions.includes(specVersion))
    return refuse('sbom.unsupportedVersion', reader.versionField, {
      format: reader.formatName,
      version: specVersion,
      supported: reader.versions.join(', '),
    });

  const collector = new SbomCollector(dependencyId);
  const refusal = reader.read(document, collector);
  if (refusal) return { ok: false, problems: [refusal] };
  // After our own reading, whose messages are more precise: a path it already placed a problem on keeps that one.
  for (const problem of reader.schemaProblems?.(document, specVersion) ?? [])
    if (!collector.problems.has(problem.path))
      collector.problems.add(problem.messageKey, problem.path, problem.params);
  if (!collector.problems.isEmpty) return { ok: false, problems: collector.problems.toArray() };
  return {
    ok: true,
    format,
    specVersion,
    components: collector.components,
    warnings: collector.warnings.toArray(),
  };
};
