import type { CellParser } from './cells';
import type { ImportProblem } from './problems';

export const importEntities = ['vendors', 'dependencies', 'licences'] as const;
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

/**
 * One column of an import file: one field of the domain model (design §2). The header, description
 * (i18n key `importer.columns.<entity>.<header>`) and example document the column in the template.
 */
export interface ImportColumn {
  header: string;
  required: boolean;
  example: string;
  /** Whether the template's sample row shows the example (not for ids and links, which must exist). */
  inSampleRow: boolean;
  /** The allowed values, for choices. */
  allowed?: readonly string[];
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
  header: string,
  example: string,
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

/** Headers match whatever the case, spacing or separators: "HQ country", "hq_country" and "hqCountry". */
export const normaliseHeader = (header: string): string => header.toLowerCase().replace(/[\s_-]+/g, '');
