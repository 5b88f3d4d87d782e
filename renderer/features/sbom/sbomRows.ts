import { licenceClass, type LicenceClass, type SbomDocumentComponent } from '@shared/domain';
import { combinedExpression } from '@shared/sbom/summarise';

/**
 * licenceClass, remembered per expression: an SBOM of 50,000 components names a few hundred distinct
 * licence expressions at most, and the summary and the table classify the same ones.
 */
const classes = new Map<string, LicenceClass>();
export const classifyLicence = (expression: string): LicenceClass => {
  let known = classes.get(expression);
  if (known === undefined) {
    known = licenceClass(expression);
    classes.set(expression, known);
  }
  return known;
};

/** One line of the components table, with its search text worked out once. */
export interface SbomRow {
  id: string;
  name: string;
  version: string;
  supplier: string;
  licences: string;
  /** Undefined when the component names no licence. */
  licenceClass: LicenceClass | undefined;
  searchText: string;
}

export const toSbomRows = (components: readonly SbomDocumentComponent[]): SbomRow[] =>
  components.map((component) => {
    const licences = component.licences;
    const row = {
      id: component.id,
      name: component.name,
      version: component.version ?? '',
      supplier: component.supplier ?? '',
      licences: licences.join(', '),
      licenceClass: licences.length === 0 ? undefined : classifyLicence(combinedExpression(licences)),
    };
    return {
      ...row,
      searchText: `${row.name}\n${row.version}\n${row.supplier}\n${row.licences}`.toLowerCase(),
    };
  });

/** The rows whose name, version, supplier or licences contain the search text, case-insensitively. */
export const filterSbomRows = (rows: readonly SbomRow[], search: string): readonly SbomRow[] => {
  const needle = search.trim().toLowerCase();
  return needle === '' ? rows : rows.filter((row) => row.searchText.includes(needle));
};
