import type { FlaggedGeneration } from './generation';

/**
 * One entry of a "standards in use" list, read for what it designates:
 * - `spec`: a 3GPP specification or report (`TS 38.331`, `TR 38.912`, `TS 38.101-1`), whether written the
 *   3GPP way or as its ETSI transposition (`ETSI TS 138 331`);
 * - `tag`: a generation or release tag (`5G NR Rel-17`, `LTE`, `Rel-16`), `generation` when its words name
 *   one;
 * - `text`: anything else — ETSI's own deliverables (`ETSI EN 303 645`), other bodies' standards — compared
 *   as written, spacing and case aside.
 * `canonical` is the one spelling stored and compared, so `ts38.331` and `3GPP TS 38.331` are one entry.
 */
export type ParsedStandard =
  | { kind: 'spec'; canonical: string; series: number }
  | { kind: 'tag'; canonical: string; generation?: FlaggedGeneration; release?: number }
  | { kind: 'text'; canonical: string };

/** `3GPP TS 38.331`, `TS 38.331 V17.3.0`, `38.331`, `TR 38.912`, `TS 38.101-1`; type TS when not given. */
const threeGppPattern =
  /^(?:3GPP\s*)?(TS|TR)?\s*(\d{2})\.(\d{2,3})((?:-\d{1,2})*)(?:\s*,?\s*V?\d{1,2}\.\d{1,2}\.\d{1,2})?$/i;

/** ETSI deliverables: `ETSI TS 138 331`, `EN 303 645`, `ETSI TS 103 300-3 V2.1.1`. */
const etsiPattern =
  /^(?:ETSI\s*)?(TS|TR|EN|ES|EG|SR)\s*(\d{3})\s*(\d{3})((?:-\d{1,2})*)(?:\s*,?\s*V?\d{1,2}\.\d{1,2}\.\d{1,2})?$/i;

/** ETSI group specifications and reports: `ETSI GS NFV 002`, `GS NFV-SEC 001`. */
const etsiGroupPattern = /^(?:ETSI\s*)?(GS|GR)\s+([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\s+(\d{3})((?:-\d{1,2})*)$/i;

/**
 * 3GPP series that ETSI publishes as TS/TR 1xx yyy: 3GPP TS xx.yyy becomes ETSI TS 1xx yyy for the
 * UMTS-era series 21–38 and the GSM/EDGE series 41–55 (e.g. TS 25.413 → ETSI TS 125 413, TS 44.018 →
 * ETSI TS 144 018). Older GSM numbers (01–13) were given unrelated ETSI numbers and are kept as written.
 */
const isTransposedSeries = (series: number): boolean =>
  (series >= 21 && series <= 38) || (series >= 41 && series <= 55);

const spec = (type: string, series: string, number: string, parts: string): ParsedStandard => ({
  kind: 'spec',
  canonical: `${type.toUpperCase()} ${series}.${number}${parts}`,
  series: Number(series),
});

/**
 * The 3GPP number of an ETSI transposition (`ETSI TS 138 331` → `TS 38.331`), or undefined when the
 * text is not one (an ETSI deliverable of its own, such as `ETSI TS 103 300-3`, or no ETSI number).
 */
export const threeGppOfEtsi = (text: string): string | undefined => {
  const match = etsiPattern.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, type = '', first = '', second = '', parts = ''] = match;
  const series = Number(first) - 100;
  if (!/^(TS|TR)$/i.test(type) || !first.startsWith('1') || !isTransposedSeries(series)) return undefined;
  return `${type.toUpperCase()} ${first.slice(1)}.${second}${parts}`;
};

interface TechWord {
  label: string;
  generation: FlaggedGeneration;
}

/** Words that name a generation, lower-case, with the spelling a tag is stored with. */
const techWords: ReadonlyMap<string, TechWord> = new Map(
  (
    [
      ['2g', '2G', '2G'],
      ['gsm', 'GSM', '2G'],
      ['gprs', 'GPRS', '2G'],
      ['edge', 'EDGE', '2G'],
      ['3g', '3G', '3G'],
      ['umts', 'UMTS', '3G'],
      ['wcdma', 'WCDMA', '3G'],
      ['hspa', 'HSPA', '3G'],
      ['hspa+', 'HSPA+', '3G'],
      ['4g', '4G', '4G'],
      ['lte', 'LTE', '4G'],
      ['lte-a', 'LTE-A', '4G'],
      ['lte-advanced', 'LTE-Advanced', '4G'],
      ['lte advanced', 'LTE-Advanced', '4G'],
      ['lte-advanced pro', 'LTE-Advanced Pro', '4G'],
      ['lte advanced pro', 'LTE-Advanced Pro', '4G'],
      ['epc', 'EPC', '4G'],
      ['eps', 'EPS', '4G'],
      ['4g lte', '4G LTE', '4G'],
      ['5g', '5G', '5G'],
      ['nr', 'NR', '5G'],
      ['5g nr', '5G NR', '5G'],
      ['5gc', '5GC', '5G'],
      ['5g core', '5G Core', '5G'],
      ['5gs', '5GS', '5G'],
      ['5g sa', '5G SA', '5G'],
      ['5g nsa', '5G NSA', '5G'],
      ['5g-advanced', '5G-Advanced', '5G'],
      ['5g advanced', '5G-Advanced', '5G'],
    ] as const
  ).map(([word, label, generation]) => [word, { label, generation }]),
);

/** `Rel-17`, `Release 17`, `rel17`, `R17`, `Rel.8`, `Rel-99`, at the end of a tag. */
const releasePattern = /^(.*?)[\s,]*\b(?:rel(?:ease)?[\s.-]*(\d{1,2})|r(\d{2}))$/i;

const tagOf = (text: string): ParsedStandard | undefined => {
  const release = releasePattern.exec(text);
  const words = (release ? (release[1] ?? '') : text).trim();
  const releaseNumber = release ? Number(release[2] ?? release[3]) : undefined;
  const tech = techWords.get(words.toLowerCase());
  if (!tech && !(release && words === '')) return undefined;
  const parts = [tech?.label, releaseNumber === undefined ? undefined : `Rel-${releaseNumber}`];
  return {
    kind: 'tag',
    canonical: parts.filter(Boolean).join(' '),
    ...(tech && { generation: tech.generation }),
    ...(releaseNumber !== undefined && { release: releaseNumber }),
  };
};

/** Reads one standard as written by a user or a file; never throws, whatever the text. */
export const parseStandard = (written: string): ParsedStandard => {
  const text = written.trim().replace(/\s+/g, ' ');
  const threeGpp = threeGppPattern.exec(text);
  if (threeGpp) return spec(threeGpp[1] ?? 'TS', threeGpp[2] ?? '', threeGpp[3] ?? '', threeGpp[4] ?? '');
  const transposed = threeGppOfEtsi(text);
  if (transposed) return parseStandard(transposed);
  const etsi = etsiPattern.exec(text);
  if (etsi) {
    const [, type = '', first = '', second = '', parts = ''] = etsi;
    return { kind: 'text', canonical: `ETSI ${type.toUpperCase()} ${first} ${second}${parts}` };
  }
  const group = etsiGroupPattern.exec(text);
  if (group) {
    const [, type = '', body = '', number = '', parts = ''] = group;
    return { kind: 'text', canonical: `ETSI ${type.toUpperCase()} ${body.toUpperCase()} ${number}${parts}` };
  }
  return tagOf(text) ?? { kind: 'text', canonical: text };
};

/** The stored spelling of a standard: `3gpp ts38.331` → `TS 38.331`, `ETSI TS 138 331` → `TS 38.331`. */
export const canonicalStandard = (written: string): string => parseStandard(written).canonical;

/** What two spellings are compared by: the canonical form, case aside (free text keeps its case). */
export const standardKey = (written: string): string => canonicalStandard(written).toLowerCase();

/**
 * A list of standards as a dependency stores it: each in its canonical spelling, empty entries dropped,
 * the second spelling of the same standard dropped (the first one written wins its place).
 */
export const normaliseStandardList = (written: readonly string[]): string[] => {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const entry of written) {
    const canonical = canonicalStandard(entry);
    const key = canonical.toLowerCase();
    if (canonical === '' || seen.has(key)) continue;
    seen.add(key);
    list.push(canonical);
  }
  return list;
};
