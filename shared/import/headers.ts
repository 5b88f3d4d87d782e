import { normaliseHeader, type ImportColumn } from './columns';
import { quoteValue, type ImportProblem } from './problems';
import type { RawTable } from './raw-table';

/** Which column each position of the file holds; undefined for an empty, unnamed position. */
export type ColumnLayout = (ImportColumn | undefined)[];

const MAX_LISTED = 10;

const quotedList = (values: readonly string[]): string => {
  const listed = values.slice(0, MAX_LISTED).map((value) => `“${quoteValue(value)}”`);
  const more = values.length - listed.length;
  return more > 0 ? `${listed.join(', ')} … (+${more})` : listed.join(', ');
};

/**
 * Matches the file's headers to the entity's columns. Unknown, repeated and missing required columns are
 * file-level problems: the rows cannot be read reliably until the headers are right.
 */
export const mapHeaders = (
  table: RawTable,
  columns: readonly ImportColumn[],
): { layout: ColumnLayout; problems: ImportProblem[] } => {
  const byName = new Map(columns.map((column) => [normaliseHeader(column.header), column]));
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
    if (!column) unknown.push(header);
    else if (seen.has(column)) problems.push({ message: 'importer.problems.repeatedColumn', column: header });
    else seen.add(column);
    layout.push(column);
  }

  if (unknown.length > 0) {
    problems.push({
      message: 'importer.problems.unknownColumns',
      params: { columns: quotedList(unknown), expected: columns.map((column) => column.header).join(', ') },
    });
  }
  const missing = columns.filter((column) => column.required && !seen.has(column));
  if (missing.length > 0) {
    problems.push({
      message: 'importer.problems.missingColumns',
      params: { columns: quotedList(missing.map((column) => column.header)) },
    });
  }
  return { layout, problems };
};
