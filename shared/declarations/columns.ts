import type { DeclarationSource } from '../domain/standards/declaration-set';
import type { FileProblem } from '../files/file-problem';
import type { MessageKey } from '../messages/message-key';

/**
 * Which column holds what, once the header row has been read. -1 marks a column the file does not have.
 * ETSI's ISLD export names the specification twice: as 3GPP numbers (`3GPP_Type` + `TGPP_NUMBER`, e.g.
 * TS + 38.331) and as ETSI's `Standard` (a work item or deliverable number, e.g. TS 138 331); the 3GPP
 * number is read first. Its `Country_Of_Registration` is the patent office's country, not the declaring
 * company's, so the ISLD export gives no holder country: the matched vendor's country stands in.
 */
export interface RowLayout {
  source: DeclarationSource;
  columnCount: number;
  holder: number;
  country: number;
  tgppType: number;
  tgppNumber: number;
  standard: number;
  deliverable: number;
  family: number;
  publication: number;
  application: number;
  /** The 2G, 3G, 4G and 5G flag columns, in that order. */
  generations: readonly [number, number, number, number];
  date: number;
}

export type LayoutResult =
  { ok: true; layout: RowLayout; ignoredColumns: string[] } | { ok: false; problem: FileProblem };

/** Headers match whatever their case, spaces, `_` or `-` (ETSI writes both `Reflected Date` and `Reflected_Date`). */
export const headerKey = (header: string): string =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/** The columns of ETSI's ISLD export, as documented on its help pages and seen in published exports. */
const isldColumns = [
  'IPRD_ID',
  'IPR_COMP_ID',
  'IPRD_REFERENCE',
  'IPRD_SIGNATURE_DATE',
  'IPRD_CREATION_DATE',
  'Reflected Date',
  'COMP_LEGAL_NAME',
  'DECL_IS_PROP_FLAG',
  'LICD_DEC_PREP_TO_GRANT_FLAG',
  'LICD_REC_CONDI_FLAG',
  'DIPG_ID',
  'DIPG_DISPLAY_NUMBER',
  'DIPG_EXTERNAL_ID',
  'Standard',
  'Ess_To_Standard',
  'WI_Type',
  'WOIT_ETSI_DELIVERABLE_NUMBER',
  'WOIT_REFERENCE',
  'WOIT_VERSION',
  '3GPP_Type',
  'TGPP_NUMBER',
  'TGPV_VERSION',
  'Patent_Type',
  'PATT_APPLICATION_NUMBER',
  'PUBL_NUMBER',
  'PBPA_TITLEEN',
  'PBPA_PRIORITY_NUMBERS',
  'Country_Of_Registration',
  'PBPA_APP_DATE',
  'ETPR_ID',
  'ETPR_ACRONYM',
  'Ess_To_Project',
  'Illustrative_Part',
  'DIPG_PATF_ID',
  'Original_Application_Number',
  'Original_Publication_Number',
  'Explicitely_Disclosed',
  'Normalized_Patent',
  '2G',
  '3G',
  '4G',
  '5G',
].map(headerKey);

/** Columns only the ISLD export has: two of them make a file an ISLD export. */
const isldMarkers = [
  'IPRD_ID',
  'IPRD_REFERENCE',
  'IPRD_SIGNATURE_DATE',
  'COMP_LEGAL_NAME',
  'DIPG_ID',
  'DIPG_PATF_ID',
  'PUBL_NUMBER',
  'PATT_APPLICATION_NUMBER',
  'TGPP_NUMBER',
].map(headerKey);

/** The patent columns the GD export (general declarations, which name no patent) lacks. */
const patentColumns = ['DIPG_ID', 'DIPG_PATF_ID', 'PUBL_NUMBER', 'PATT_APPLICATION_NUMBER'].map(headerKey);

/** Our own template, column by column (templateColumns in template.ts writes them). */
export const templateColumnNames = [
  'holder',
  'holder country',
  'standard',
  'patent family id',
  'publication number',
  'declaration date',
] as const;
const templateKeys = templateColumnNames.map(headerKey);

const refuse = (message: MessageKey, params?: FileProblem['params']): LayoutResult => ({
  ok: false,
  problem: { message, ...(params && { params }) },
});

const listed = (names: readonly string[]): string => names.slice(0, 5).join(', ');

const isldLayout = (keys: readonly string[], header: readonly string[]): LayoutResult => {
  const at = (name: string) => keys.indexOf(headerKey(name));
  const layout: RowLayout = {
    source: 'etsi-isld',
    columnCount: keys.length,
    holder: at('COMP_LEGAL_NAME'),
    country: -1,
    tgppType: at('3GPP_Type'),
    tgppNumber: at('TGPP_NUMBER'),
    standard: at('Standard'),
    deliverable: at('WOIT_ETSI_DELIVERABLE_NUMBER'),
    family: at('DIPG_PATF_ID'),
    publication: at('PUBL_NUMBER'),
    application: at('PATT_APPLICATION_NUMBER'),
    generations: [at('2G'), at('3G'), at('4G'), at('5G')],
    date: at('IPRD_SIGNATURE_DATE'),
  };
  if (layout.holder < 0)
    return refuse('declarations.problems.missingHolderColumn', { column: 'COMP_LEGAL_NAME' });
  if (layout.tgppNumber < 0 && layout.standard < 0 && layout.deliverable < 0)
    return refuse('declarations.problems.missingStandardColumn', { column: 'TGPP_NUMBER, Standard' });
  if (layout.family < 0 && layout.publication < 0 && layout.application < 0)
    return refuse('declarations.problems.missingFamilyColumn', {
      column: 'DIPG_PATF_ID, PUBL_NUMBER, PATT_APPLICATION_NUMBER',
    });
  // ETSI adds columns to its export now and then: those not read are listed, not refused.
  const ignoredColumns = header.filter((_, index) => !isldColumns.includes(keys[index] ?? ''));
  return { ok: true, layout, ignoredColumns };
};

const templateLayout = (keys: readonly string[], header: readonly string[]): LayoutResult => {
  const unknown = header.filter((_, index) => !templateKeys.includes(keys[index] ?? ''));
  if (unknown.length > 0) return refuse('declarations.problems.unknownColumns', { columns: listed(unknown) });
  const duplicate = header.find((_, index) => keys.indexOf(keys[index] ?? '') !== index);
  if (duplicate !== undefined) return refuse('declarations.problems.duplicateColumn', { column: duplicate });
  const at = (name: (typeof templateColumnNames)[number]) => keys.indexOf(headerKey(name));
  const layout: RowLayout = {
    source: 'template',
    columnCount: keys.length,
    holder: at('holder'),
    country: at('holder country'),
    tgppType: -1,
    tgppNumber: -1,
    standard: at('standard'),
    deliverable: -1,
    family: at('patent family id'),
    publication: at('publication number'),
    application: -1,
    generations: [-1, -1, -1, -1],
    date: at('declaration date'),
  };
  if (layout.holder < 0) return refuse('declarations.problems.missingHolderColumn', { column: 'holder' });
  if (layout.standard < 0)
    return refuse('declarations.problems.missingStandardColumn', { column: 'standard' });
  if (layout.family < 0 && layout.publication < 0)
    return refuse('declarations.problems.missingFamilyColumn', {
      column: 'patent family id, publication number',
    });
  return { ok: true, layout, ignoredColumns: [] };
};

/** Every column name a declarations file may have: the ISLD export's, the template's, the GD export's marker. */
const knownKeys = new Set([...isldColumns, ...templateKeys, headerKey('GEND_APP_TO_ALL_FLAG')]);

const knownCount = (cells: readonly string[]): number =>
  cells.reduce((count, cell) => (knownKeys.has(headerKey(cell)) ? count + 1 : count), 0);

/**
 * Of the header row split by each delimiter, the split that names the most known columns, else the one with
 * the most cells (the first given on a tie): a file's delimiter is the one that splits its header into the
 * columns of a declarations file, and what layoutOf then refuses is named as the file's columns.
 */
export const likeliestHeader = <Split extends { cells: readonly string[] }>(
  splits: readonly [Split, ...Split[]],
): Split =>
  splits.reduce((best, split) => {
    const known = knownCount(split.cells) - knownCount(best.cells);
    return known > 0 || (known === 0 && split.cells.length > best.cells.length) ? split : best;
  });

/** The columns a layout reads: the only cells of a row the reader makes. */
export const columnsRead = (layout: RowLayout): number[] =>
  [
    layout.holder,
    layout.country,
    layout.tgppType,
    layout.tgppNumber,
    layout.standard,
    layout.deliverable,
    layout.family,
    layout.publication,
    layout.application,
    ...layout.generations,
    layout.date,
  ].filter((column) => column >= 0);

/**
 * Recognises the file by its header row: ETSI's ISLD export, our template, ETSI's GD export (refused:
 * general declarations name no patent), or neither (refused, naming the columns found).
 */
export const layoutOf = (header: readonly string[]): LayoutResult => {
  const keys = header.map(headerKey);
  const has = (key: string) => keys.includes(key);
  if (has(headerKey('GEND_APP_TO_ALL_FLAG')) || (has(headerKey('IPRD_ID')) && !patentColumns.some(has)))
    return refuse('declarations.problems.gdExport');
  if (isldMarkers.filter(has).length >= 2) return isldLayout(keys, header);
  if (templateKeys.filter(has).length >= 2) return templateLayout(keys, header);
  return refuse('declarations.problems.notDeclarations', { columns: listed(header) });
};
