import type { ReferenceEntry } from './reference-entry';
import type { Listing, Vendor } from './vendor';

/** Legal forms that say nothing about who a company is, dropped from the end of a name ("Co., Ltd."). */
const legalFormSuffixes = new Set([
  'co',
  'company',
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'spa',
  'srl',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'kk',
  'pte',
  'pty',
  'jsc',
  'pjsc',
  'group',
  'holding',
  'holdings',
]);

/** Legal forms written before the name, as in Russian and Eastern European company names ("AO Kaspersky Lab"). */
const legalFormPrefixes = new Set(['ao', 'oao', 'zao', 'pao', 'ooo', 'jsc', 'pjsc']);

/**
 * A company name reduced to the words that identify it: no case, accents or punctuation, '&' read as
 * "and", and legal forms dropped, so "Huawei Technologies Co., Ltd." and "HUAWEI TECHNOLOGIES COMPANY"
 * both become "huawei technologies". A name made only of legal forms ("Holding Company") is kept whole.
 */
export const normaliseCompanyName = (name: string): string => {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // Dots and apostrophes join what they separate ("S.A." is "sa"); other punctuation separates words.
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let start = 0;
  let end = words.length;
  while (end > start + 1 && legalFormSuffixes.has(words[end - 1] ?? '')) end -= 1;
  while (end > start + 1 && legalFormPrefixes.has(words[start] ?? '')) start += 1;
  return words.slice(start, end).join(' ');
};

export type MatchedField = 'name' | 'legalName';

export interface ReferenceMatch {
  entry: ReferenceEntry;
  /** The vendor's field that matched; 'name' when both did. */
  field: MatchedField;
  /** The entry's name or alias that the field matched. */
  matchedAs: string;
}

/** Entries keyed by each normalised name and alias, built once per change of the entries. */
export type ReferenceIndex = ReadonlyMap<string, ReadonlyArray<{ entry: ReferenceEntry; term: string }>>;

export const buildReferenceIndex = (entries: readonly ReferenceEntry[]): ReferenceIndex => {
  const index = new Map<string, { entry: ReferenceEntry; term: string }[]>();
  for (const entry of entries) {
    for (const term of [entry.name, ...entry.aliases]) {
      const key = normaliseCompanyName(term);
      if (!key) continue;
      const bucket = index.get(key) ?? [];
      if (!bucket.some((hit) => hit.entry.id === entry.id)) bucket.push({ entry, term });
      index.set(key, bucket);
    }
  }
  return index;
};

/**
 * Entries whose name or alias is the whole normalised name or its first words: "Huawei Technologies Co.,
 * Ltd." starts with "Huawei", while "ZTEK Systems" does not start with the word "ZTE". Looking up each
 * leading run of words keeps this a handful of map reads per vendor, whatever the size of the lists.
 */
const lookUp = (index: ReferenceIndex, name: string | undefined) => {
  const words = name ? normaliseCompanyName(name).split(' ').filter(Boolean) : [];
  return words.flatMap((_, count) => index.get(words.slice(0, count + 1).join(' ')) ?? []);
};

export const matchReferenceEntries = (
  vendor: Pick<Vendor, 'name' | 'legalName'>,
  index: ReferenceIndex,
): ReferenceMatch[] => {
  const matches = new Map<string, ReferenceMatch>();
  for (const field of ['name', 'legalName'] as const) {
    for (const { entry, term } of lookUp(index, vendor[field])) {
      if (!matches.has(entry.id)) matches.set(entry.id, { entry, field, matchedAs: term });
    }
  }
  return [...matches.values()];
};

/**
 * What to suggest to the user: one match per list the vendor is not yet on. A vendor already carrying the
 * list needs nothing, and two entries of the same list would add the same listing twice.
 */
export const referenceSuggestions = (
  vendor: Pick<Vendor, 'name' | 'legalName' | 'listings'>,
  index: ReferenceIndex,
): ReferenceMatch[] => {
  const carried = new Set<Listing>(vendor.listings.map((listing) => listing.list));
  const suggestions: ReferenceMatch[] = [];
  for (const match of matchReferenceEntries(vendor, index)) {
    if (carried.has(match.entry.list)) continue;
    carried.add(match.entry.list);
    suggestions.push(match);
  }
  return suggestions;
};
