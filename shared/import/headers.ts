import type { HeaderKey } from '../export/labels';
import { normaliseHeader, type ImportColumn } from './columns';
import type { EntityImport } from './entities';
import { quoteValue, type ImportProblem } from './problems';
import type { RawTable } from './raw-table';
import type { ImportWords } from './words';

/** Which column each position of the file holds; undefined for an empty, unnamed position. */
export type ColumnLayout = (ImportColumn | undefined)[];

const MAX_LISTED = 10;

const quotedList = (values: readonly string[]): string => {
  const listed = values.slice(0, MAX_LISTED).map((value) => `“${quoteValue(value)}”`);
  const more = values.length - listed.length;
  return more > 0 ? `${listed.join(', ')} … (+${more})` : listed.join(', ');
};

/** A column the export computes (a level, a score): known, and not read. */
const DERIVED = 'derived';

/**
 * Each column by every name it may have in a file: its key ("hqCountry", as templates of earlier versions
 * wrote it) and its header in each language of the exported files ("HQ country", "Pays du siège").
 */
const columnsByName = (
  entity: EntityImport,
  words: ImportWords,
): Map<string, ImportColumn | typeof DERIVED> => {
  const names = (key: HeaderKey) => [key, ...words.map((labels) => labels.headers[key])].map(normaliseHeader);
  const byName = new Map<string, ImportColumn | typeof DERIVED>();
  for (const key of entity.derived) for (const name of names(key)) byName.set(name, DERIVED);
  for (const column of entity.columns) for (const name of names(column.header)) byName.set(name, column);
  return byName;
};

/** A column as the user's language heads it, or its key without words. */
export const headerName = (key: HeaderKey, words: ImportWords): string => words[0]?.headers[key] ?? key;

/**
 * Matches the file's headers to the entity's columns. Unknown, repeated and missing required columns are
 * file-level problems: the rows cannot be read reliably until the headers are right.
 */
export const mapHeaders = (
  table: RawTable,
  entity: EntityImport,
  words: ImportWords = [],
): { layout: ColumnLayout; problems: ImportProblem[] } => {
  const { columns } = entity;
  const byName = columnsByName(entity, words);
  const layout: ColumnLayout = [];
  const seen = new Set<ImportColumn>();
  const unknown: string[] = [];
  const problems: ImportProblem[] = [];

  const width = table.rows.reduce((widest, row) => Math.max(widest, row.cells.length), table.headers.length);
  for (let position = 0; position < width; position += 1) {
    const header = table.headers[position] ?? '';
    if (header === '') {
      const used = table.rows.some((row) => (row.cells[position] ?? '').trim() !== '');
      if (used)
        problems.push({ message: 'importer.problems.unnamedColumn', params: { position: position + 1 } });
      layout.push(undefined);
      continue;
    }
    const column = byName.get(normaliseHeader(header));
    if (column === DERIVED) {
      layout.push(undefined);
      continue;
    }
    if (!column) unknown.push(header);
    else if (seen.has(column)) problems.push({ message: 'importer.problems.repeatedColumn', column: header });
    else seen.add(column);
    layout.push(column);
  }

  if (unknown.length > 0) {
    problems.push({
      message: 'importer.problems.unknownColumns',
      params: {
        columns: quotedList(unknown),
        expected: columns.map((column) => headerName(column.header, words)).join(', '),
      },
    });
  }
  const missing = columns.filter((column) => column.required && !seen.has(column));
  if (missing.length > 0) {
    problems.push({
      message: 'importer.problems.missingColumns',
      params: { columns: quotedList(missing.map((column) => headerName(column.header, words))) },
    });
  }
  return { layout, problems };
};
