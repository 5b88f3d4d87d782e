import type { HeaderKey, RegisterLabels } from '../export/labels';
import { choice, type CellParser } from './cells';
import type { ImportProblem } from './problems';

export const importEntities = ['vendors', 'dependencies', 'licences', 'risks'] as const;
export type ImportEntity = (typeof importEntities)[number];

export const isImportEntity = (value: unknown): value is ImportEntity =>
  typeof value === 'string' && (importEntities as readonly string[]).includes(value);

/**
 * A check the shared schema cannot make on a filled cell (an SPDX expression's syntax): the problem's
 * message and params, or undefined when the cell is right.
 */
export type CellCheck = (cell: string) => Pick<ImportProblem, 'message' | 'params'> | undefined;

/** A link to another record, written in the file as its name or its id. */
export interface ColumnReference {
  table: ImportEntity;
  /** True when the cell lists several records, ';'-separated. */
  many: boolean;
}

/** The labels of a choice's values in one language, as the screens and the exported files show them. */
export type LabelsOf = (labels: RegisterLabels) => Readonly<Record<string, string>>;

/**
 * One column of an import file: one field of the domain model (design §2). Its header is the key the
 * workbook and CSV export head it with (`dataExports.headers.<header>`, "HQ country"), and the import
 * also reads the key itself ("hqCountry"). The description (i18n key
 * `importer.columns.<entity>.<header>`) and example document the column in the template.
 */
export interface ImportColumn {
  header: HeaderKey;
  required: boolean;
  /** As the template's example row and Instructions show it, in the template's words. */
  example: string | ((labels: RegisterLabels) => string);
  /** Whether the template's sample row shows the example (not for ids and links, which must exist). */
  inSampleRow: boolean;
  /** The allowed values, for choices. */
  allowed?: readonly string[];
  /** The labels of the allowed values, which the template lists and the import reads in any language. */
  labels?: LabelsOf;
  /** Where the value goes in the schema's input; schema issues on this path are reported on this column. */
  path: readonly [string] | readonly [string, string];
  /** True when the cell holds ';'-separated items, so an issue on item n quotes item n. */
  many: boolean;
  parse: CellParser;
  check?: CellCheck;
  reference?: ColumnReference;
}

type ColumnOptions = Partial<Omit<ImportColumn, 'header' | 'example' | 'parse'>>;

export const column = (
  header: HeaderKey,
  example: ImportColumn['example'],
  parse: CellParser,
  options: ColumnOptions = {},
): ImportColumn => ({
  header,
  example,
  parse,
  required: false,
  inSampleRow: true,
  path: [header],
  many: false,
  ...options,
});

/** A choice among `values`, read by value or by label; its example is a value, shown by its label. */
export const choiceColumn = (
  header: HeaderKey,
  example: string,
  values: readonly string[],
  labels: LabelsOf,
  options: ColumnOptions = {},
): ImportColumn =>
  column(header, (words) => labels(words)[example] ?? example, choice(labels), {
    allowed: values,
    labels,
    ...options,
  });

/** The example of a column in the template's words. */
export const exampleOf = (column: ImportColumn, labels: RegisterLabels): string =>
  typeof column.example === 'string' ? column.example : column.example(labels);

/** Headers match whatever the case, spacing or separators: "HQ country", "hq_country" and "hqCountry". */
export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
