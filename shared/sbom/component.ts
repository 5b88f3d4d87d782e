import { purlSchema, sbomComponentInputSchema, type SbomComponentInput } from '../domain/sbom';
import { quoted } from './json-value';
import { spdxLicences } from './licences';
import { ProblemList } from './problems';
import { issueKey } from '../domain/zod-messages';

/** The component schema without the dependency, which the caller knows and adds to every component. */
const componentFieldsSchema = sbomComponentInputSchema.omit({ dependencyId: true });

/**
 * Longest package URL kept. Real ones, qualifiers included, stay well under it; a longer one is left out
 * with a warning, like a purl that is not a package URL, since the component is still worth knowing.
 */
export const MAX_PURL_LENGTH = 2000;

/** A component as read from the file, before validation: each value may still have the wrong type. */
export interface RawComponent {
  name: unknown;
  version: unknown;
  purl: unknown;
  supplier: unknown;
  licences: unknown[];
}

/** Where each field of a component comes from in the file, relative to the component (e.g. `versionInfo`). */
export type SourceFields = Record<keyof RawComponent, string>;

/** What a format reader fills in as it walks the file once. */
export class SbomCollector {
  readonly components: SbomComponentInput[] = [];
  readonly problems = new ProblemList();
  readonly warnings = new ProblemList();

  constructor(private readonly dependencyId: string) {}

  /**
   * Checks one component against the component schema (zod on its five fields only, which keeps 50,000
   * components fast). A purl that is not a package URL is left out with a warning rather than refusing the
   * SBOM: generators write odd purls for vendored code, and the component itself is still worth knowing.
   */
  add(raw: RawComponent, path: string, source: SourceFields): void {
    if (isBlank(raw.name)) {
      this.problems.add('sbom.componentWithoutName', `${path}.${source.name}`);
      return;
    }
    let purl = isBlank(raw.purl) ? undefined : raw.purl;
    if (typeof purl === 'string' && purl.length > MAX_PURL_LENGTH) {
      this.warnings.add('sbom.purlTooLong', `${path}.${source.purl}`, {
        length: purl.length,
        limit: MAX_PURL_LENGTH,
      });
      purl = undefined;
    } else if (purl !== undefined && !purlSchema.safeParse(purl).success) {
      this.warnings.add('sbom.purlDropped', `${path}.${source.purl}`, { purl: quoted(purl) });
      purl = undefined;
    }
    const result = componentFieldsSchema.safeParse({
      name: raw.name,
      version: raw.version ?? undefined,
      purl,
      supplier: raw.supplier ?? undefined,
      licences: [...new Set(raw.licences.flatMap(spdxLicences))],
    });
    if (result.success) {
      this.components.push({ dependencyId: this.dependencyId, ...result.data });
      return;
    }
    for (const issue of result.error.issues)
      this.problems.add(issueKey(issue), `${path}.${source[issue.path[0] as keyof RawComponent]}`);
  }
}

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
