import type { Generation } from './generation';
import { parseStandard, standardKey, type ParsedStandard } from './standard-number';
import type { StandardRef } from './standard-ref';

/** The reference list keyed by standardKey, built once per change of the list. */
export type StandardIndex = ReadonlyMap<string, StandardRef>;

export const buildStandardIndex = (references: readonly StandardRef[]): StandardIndex =>
  new Map(references.map((reference) => [standardKey(reference.number), reference]));

/**
 * 3GPP series whose every specification belongs to one generation: 38 is NR, 36 LTE, 25 UTRA, 41–55 GSM/EDGE.
 * The others (23, 24, 29, 33…) hold specifications of every generation side by side, so only the
 * reference list can say which one a number belongs to.
 */
const generationOfSeries = (series: number): Generation | undefined => {
  if (series === 38) return '5G';
  if (series === 36) return '4G';
  if (series === 25) return '3G';
  if (series >= 41 && series <= 55) return '2G';
  return undefined;
};

/** generationOfStandard for a standard already parsed. */
export const generationOfParsed = (parsed: ParsedStandard, index: StandardIndex): Generation | undefined => {
  if (parsed.kind === 'tag') return parsed.generation;
  const listed = index.get(parsed.canonical.toLowerCase());
  if (listed) return listed.generation;
  return parsed.kind === 'spec' ? generationOfSeries(parsed.series) : undefined;
};

/**
 * The generation of a standard in use: a tag's own; a number's from the reference list, else from its
 * 3GPP series when the series belongs to one generation; undefined when nothing says.
 */
export const generationOfStandard = (standard: string, index: StandardIndex): Generation | undefined =>
  generationOfParsed(parseStandard(standard), index);

/**
 * The standards a licence's `standard` field names: entries separated by semicolons, line breaks or
 * commas (a comma before a version, as in "TS 38.331, V17.3.0", does not separate).
 */
export const licenceStandardEntries = (field: string | undefined): string[] =>
  (field ?? '')
    .split(/[;\n]|,(?!\s*V?\d)/i)
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * Whether a licence entry covers a standard in use. Precisely:
 * - the same standard (canonical spellings equal: `ETSI TS 138 331` covers `TS 38.331`);
 * - a generation tag (`5G`, `LTE`, `5G NR Rel-16`) covers every number of that generation (see
 *   generationOfStandard: the reference list, else the 3GPP series) and every tag of that generation
 *   whose release is given and not later than the licence's (a licence without a release covers them all);
 * - nothing else: a release tag naming no generation (`Rel-17`) covers only itself, and a number never
 *   covers another number.
 * Both sides already parsed, and the used standard's generation already looked up, as exposure calls it
 * for every holder of every standard.
 */
export const parsedCovers = (
  licensed: ParsedStandard,
  used: ParsedStandard,
  usedGeneration: Generation | undefined,
): boolean =>
  licensed.canonical.toLowerCase() === used.canonical.toLowerCase() ||
  tagCovers(licensed, used, usedGeneration);

/** The second rule of parsedCovers alone: a generation tag over the numbers and tags of its generation. */
export const tagCovers = (
  licensed: ParsedStandard,
  used: ParsedStandard,
  usedGeneration: Generation | undefined,
): boolean => {
  if (licensed.kind !== 'tag' || licensed.generation === undefined) return false;
  if (used.kind !== 'tag') return usedGeneration === licensed.generation;
  if (used.generation !== licensed.generation) return false;
  return licensed.release === undefined || (used.release !== undefined && used.release <= licensed.release);
};

/** parsedCovers for a licence entry and a standard as written. */
export const standardCovers = (licenceEntry: string, standard: string, index: StandardIndex): boolean => {
  const used = parseStandard(standard);
  return parsedCovers(parseStandard(licenceEntry), used, generationOfParsed(used, index));
};

/** Whether any entry of a licence's `standard` field covers the standard in use. */
export const licenceCoversStandard = (
  licenceStandard: string | undefined,
  standard: string,
  index: StandardIndex,
): boolean => licenceStandardEntries(licenceStandard).some((entry) => standardCovers(entry, standard, index));
