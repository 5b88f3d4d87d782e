import { normaliseCompanyName } from '../reference-match';
import type { Vendor } from '../vendor';
import type { DeclaredHolder } from './declaration-set';

/** What a vendor offers the matcher: its names and, once vendors have them, its aliases. */
export type MatchableVendor = Pick<Vendor, 'id' | 'name' | 'legalName'> & { aliases?: readonly string[] };

export type HolderMatchField = 'name' | 'legalName' | 'alias';

/** Why a holder was matched to a vendor: which of the vendor's names, as written there, and how. */
export interface HolderMatchEvidence {
  vendorId: string;
  field: HolderMatchField;
  /** The vendor's name, legal name or alias that matched. */
  matchedAs: string;
  /** `exact`: the whole normalised names are equal; `leading`: the vendor's name is the holder's first words. */
  how: 'exact' | 'leading';
}

/**
 * Per holder: `matched` to one vendor; `ambiguous` when several vendors match as well (the user picks);
 * `suggested` when a vendor's name is only the first words of the holder's ("Huawei" for "Huawei
 * Technologies Co., Ltd."), never applied without the user; `unmatched`, a patent holder that supplies
 * nothing yet.
 */
export type HolderMatch =
  | {
      holderIndex: number;
      holder: DeclaredHolder;
      status: 'matched';
      vendorId: string;
      evidence: HolderMatchEvidence;
    }
  | {
      holderIndex: number;
      holder: DeclaredHolder;
      status: 'ambiguous' | 'suggested';
      candidates: HolderMatchEvidence[];
    }
  | { holderIndex: number; holder: DeclaredHolder; status: 'unmatched' };

const fieldRank: Record<HolderMatchField, number> = { name: 0, legalName: 1, alias: 2 };

type VendorIndex = Map<string, { vendorId: string; field: HolderMatchField; text: string }[]>;

const indexVendors = (vendors: readonly MatchableVendor[]): VendorIndex => {
  const index: VendorIndex = new Map();
  const add = (vendorId: string, field: HolderMatchField, text: string | undefined) => {
    const key = text ? normaliseCompanyName(text) : '';
    if (key === '') return;
    const bucket = index.get(key) ?? [];
    bucket.push({ vendorId, field, text: text ?? '' });
    index.set(key, bucket);
  };
  for (const vendor of vendors) {
    add(vendor.id, 'name', vendor.name);
    add(vendor.id, 'legalName', vendor.legalName);
    for (const alias of vendor.aliases ?? []) add(vendor.id, 'alias', alias);
  }
  return index;
};

/** One piece of evidence per vendor, from its best field (name, then legal name, then alias). */
const bestPerVendor = (
  hits: readonly { vendorId: string; field: HolderMatchField; text: string }[],
  how: HolderMatchEvidence['how'],
): HolderMatchEvidence[] => {
  const best = new Map<string, HolderMatchEvidence>();
  for (const hit of hits) {
    const known = best.get(hit.vendorId);
    if (!known || fieldRank[hit.field] < fieldRank[known.field])
      best.set(hit.vendorId, { vendorId: hit.vendorId, field: hit.field, matchedAs: hit.text, how });
  }
  return [...best.values()].sort((a, b) => (a.vendorId < b.vendorId ? -1 : a.vendorId > b.vendorId ? 1 : 0));
};

/**
 * Matches each declaring company to the existing vendors by normalised name (normaliseCompanyName: case,
 * accents, punctuation and legal forms ignored), against each vendor's name, legal name and aliases. Only
 * an exact match to one vendor is a match; the holder's leading words matching a vendor is a suggestion.
 * Linear in holders and vendors (one map of the vendors' names).
 */
export const matchHolders = (
  holders: readonly DeclaredHolder[],
  vendors: readonly MatchableVendor[],
): HolderMatch[] => {
  const index = indexVendors(vendors);
  return holders.map((holder, holderIndex) => {
    const key = holder.key || normaliseCompanyName(holder.name);
    const exact = bestPerVendor(index.get(key) ?? [], 'exact');
    const [only] = exact;
    if (exact.length === 1 && only)
      return { holderIndex, holder, status: 'matched', vendorId: only.vendorId, evidence: only };
    if (exact.length > 1) return { holderIndex, holder, status: 'ambiguous', candidates: exact };
    const words = key.split(' ');
    const leading = bestPerVendor(
      words.slice(0, -1).flatMap((_, count) => index.get(words.slice(0, count + 1).join(' ')) ?? []),
      'leading',
    );
    return leading.length > 0
      ? { holderIndex, holder, status: 'suggested', candidates: leading }
      : { holderIndex, holder, status: 'unmatched' };
  });
};
