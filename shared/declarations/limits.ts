/**
 * The caps a declarations file is held to (design: files from outside are hostile). ETSI's ISLD export held
 * about five million rows in 2026, one per declaration × specification version × patent, so the caps sit
 * well above that; past one, the file is refused with a message naming it. Only aggregates are kept, so
 * memory follows the distinct holders, standards and families, each capped here, never the rows.
 */

/** 4 GiB: twice the size of ETSI's full export; read as a stream, never loaded as text. */
export const MAX_DECLARATIONS_BYTES = 4 * 1024 ** 3;

/** Data rows, the header aside. */
export const MAX_DECLARATION_ROWS = 20_000_000;

/**
 * A record (one row, quoted line breaks included) longer than this is refused: no real row comes near it,
 * and a quote left open would otherwise make the parser carry the rest of the file as one row.
 */
export const MAX_RECORD_CHARS = 1_000_000;

/** Distinct declaring companies once spellings are merged (ETSI lists a few hundred). */
export const MAX_HOLDERS = 50_000;

/** Distinct spellings of company names before merging, which the reader remembers to merge quickly. */
export const MAX_HOLDER_NAMES = 200_000;

/** Distinct standards once spellings are merged (3GPP and ETSI publish some thousands). */
export const MAX_STANDARDS = 50_000;

/** Distinct spellings of standards before merging. */
export const MAX_STANDARD_NAMES = 200_000;

/** Distinct (holder, standard, family) triples: the bulk of the aggregates' memory. */
export const MAX_FAMILY_ENTRIES = 10_000_000;

/** Longest value kept per field; a longer one makes its row skipped, as a shortened one would be wrong. */
export const MAX_FIELD_CHARS = {
  holder: 300,
  standard: 100,
  family: 200,
  publication: 2_000,
  country: 60,
  date: 40,
} as const;

/** Rows numbers listed per reason a row was skipped; the others are counted. */
export const MAX_LISTED_ROWS = 5;
