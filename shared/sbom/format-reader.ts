import type { SbomCollector } from './component';
import type { JsonObject } from './json-value';
import type { SbomProblem } from './problems';

/** What parseSbom needs to know of a format: where its version is, which versions it reads, and how. */
export interface FormatReader {
  /** The top-level field holding the spec version, e.g. `specVersion`. */
  versionField: string;
  /** The format's name as users know it, quoted in messages. */
  formatName: string;
  versions: readonly string[];
  /**
   * Walks the document once, handing each component to the collector. Returns a refusal when the file
   * passes one of the caps of limits.ts, and stops there: nothing else is worth reporting then.
   */
  read: (document: JsonObject, collector: SbomCollector) => SbomProblem | undefined;
  /** The problems of the document against the spec's own schema, for formats that have one we check. */
  schemaProblems?: (document: JsonObject, version: string) => SbomProblem[];
}
