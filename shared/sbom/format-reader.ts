import type { SbomCollector } from './component';
import type { JsonObject } from './json-value';

/** What parseSbom needs to know of a format: where its version is, which versions it reads, and how. */
export interface FormatReader {
  /** The top-level field holding the spec version, e.g. `specVersion`. */
  versionField: string;
  /** The format's name as users know it, quoted in messages. */
  formatName: string;
  versions: readonly string[];
  /** Walks the document once, handing each component to the collector. */
  read: (document: JsonObject, collector: SbomCollector) => void;
}
