import type { FileProblem } from './file-problem';
import { attribute, scanTags, type XmlTag } from './xml-tags';

/** Excel's own limits: a reference past them is no spreadsheet's. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** How far down and across any sheet of a workbook from outside may go, for the reader concerned. */
export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
}

/** Without a problem: the part is not well-formed, which each reader says in its own words. */
export type TrimmedPart = { ok: true; xml: string } | { ok: false; problem?: FileProblem };

/** A tag's verdict: a problem, `unreadable` (malformed), or undefined when it is fine. */
type TagCheck = (tag: XmlTag) => FileProblem | 'unreadable' | undefined;

/**
 * The part with its root element and only those of the root's children named in `keep`, each as written;
 * `check` sees every tag inside a kept child. The parts a reader needs stay; the rest (column widths,
 * merged cells, drop-down rules, defined names…) never reaches the spreadsheet library, which expands each
 * of their cell ranges cell by cell: one merge or drop-down rule over a whole sheet takes it minutes.
 */
export const keepChildren = (xml: string, keep: ReadonlySet<string>, check?: TagCheck): TrimmedPart => {
  let root: XmlTag | undefined;
  let keptFrom = -1;
  const kept: string[] = [];
  let refusal: FileProblem | 'unreadable' | undefined;
  const outcome = scanTags(xml, (tag) => {
    if (tag.depth === 0) {
      if (tag.kind === 'close') return true;
      if (root) refusal = 'unreadable';
      root = tag;
    } else if (tag.depth === 1 && keep.has(tag.name)) {
      if (tag.kind === 'open') keptFrom = tag.start;
      else kept.push(xml.slice(tag.kind === 'empty' ? tag.start : keptFrom, tag.end));
      if (tag.kind === 'close') keptFrom = -1;
    } else if (keptFrom >= 0 && check) refusal = check(tag);
    return refusal === undefined;
  });
  if (refusal !== undefined && refusal !== 'unreadable') return { ok: false, problem: refusal };
  if (outcome !== 'done' || !root) return { ok: false };
  if (root.kind === 'empty') return { ok: true, xml: xml.slice(0, root.end) };
  return { ok: true, xml: `${xml.slice(0, root.end)}${kept.join('')}</${root.name}>` };
};

const columnNumber = (letters: string): number =>
  [...letters].reduce((number, letter) => number * 26 + letter.charCodeAt(0) - 64, 0);

const quoted = (text: string): string => (text.length > 12 ? `${text.slice(0, 12)}…` : text);

const rowProblem = (
  row: number,
  sheet: string,
  limits: SheetLimits,
): FileProblem | 'unreadable' | undefined => {
  if (row < 1) return 'unreadable';
  if (row > EXCEL_MAX_ROWS)
    return { message: 'xlsx.problems.pastExcelRows', params: { sheet, row, limit: EXCEL_MAX_ROWS } };
  if (row > limits.maxRows)
    return { message: 'xlsx.problems.tooManyRows', params: { sheet, row, limit: limits.maxRows } };
  return undefined;
};

const columnProblem = (letters: string, sheet: string, limits: SheetLimits): FileProblem | undefined => {
  const column = letters.length > 3 ? Infinity : columnNumber(letters);
  const params = { sheet, column: quoted(letters) };
  if (column > EXCEL_MAX_COLUMNS)
    return { message: 'xlsx.problems.pastExcelColumns', params: { ...params, limit: EXCEL_MAX_COLUMNS } };
  if (column > limits.maxColumns)
    return { message: 'xlsx.problems.tooManyColumns', params: { ...params, limit: limits.maxColumns } };
  return undefined;
};

const rowReference = /^[0-9]+$/;
const cellReference = /^([A-Z]+)([0-9]+)$/;

/**
 * A worksheet with only its cells (`sheetData`), every row and cell number checked first: a sheet whose one
 * row is numbered 2,147,483,000 is a few bytes, but walking its rows takes minutes. Every row and cell must
 * carry its number, as Excel writes them (the library refuses them otherwise).
 */
export const trimWorksheet = (xml: string, sheet: string, limits: SheetLimits): TrimmedPart =>
  keepChildren(xml, new Set(['sheetData']), (tag) => {
    if (tag.kind === 'close' || (tag.name !== 'row' && tag.name !== 'c')) return undefined;
    const reference = attribute(xml, tag, 'r');
    if (reference === undefined) return 'unreadable';
    if (tag.name === 'row')
      return rowReference.test(reference) ? rowProblem(Number(reference), sheet, limits) : 'unreadable';
    const [, letters, row] = cellReference.exec(reference) ?? [];
    if (letters === undefined || row === undefined) return 'unreadable';
    return columnProblem(letters, sheet, limits) ?? rowProblem(Number(row), sheet, limits);
  });

/** The workbook part with its sheet list and date system only (no defined names, views or calculation). */
export const trimWorkbook = (xml: string): TrimmedPart =>
  keepChildren(xml, new Set(['workbookPr', 'sheets']));

const tagsNamed = (xml: string, name: string, attributes: readonly string[]): string[][] => {
  const found: string[][] = [];
  scanTags(xml, (tag) => {
    if (tag.kind !== 'close' && tag.name === name)
      found.push(attributes.map((key) => attribute(xml, tag, key) ?? ''));
    return true;
  });
  return found;
};

/** Each worksheet part's sheet name, as the user sees it on its tab, to name it in a problem. */
export const sheetNames = (workbookXml: string, relationshipsXml: string): Map<string, string> => {
  const targets = new Map(
    tagsNamed(relationshipsXml, 'Relationship', ['Id', 'Target']).map(([id, target]) => [
      id,
      // As the spreadsheet library resolves a target: relative to xl/, or absolute from the root.
      `xl/${(target ?? '').replace(/^(\s|\/xl\/)+/, '')}`,
    ]),
  );
  const names = new Map<string, string>();
  for (const [name, id] of tagsNamed(workbookXml, 'sheet', ['name', 'r:id'])) {
    const part = targets.get(id ?? '');
    if (part !== undefined && name !== undefined) names.set(part, name);
  }
  return names;
};
