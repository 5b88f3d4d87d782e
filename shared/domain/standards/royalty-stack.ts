import type { ExposureIndex, Party } from './exposure-index';
import { standardExposure } from './exposure';
import type { RoyaltyRate } from './royalty-rate';

export interface UnitPrice {
  amount: number;
  currency: string;
}

/**
 * One holder's part of the stack: why it is there (its families on the dependency's standards), how it is
 * covered, the rate used and the amount per unit it adds. `counted` is false, with `reason`, when it adds
 * nothing to the total: licensed (our own licence pays it), no rate recorded, or a percentage rate and no
 * unit price to take it of.
 */
export interface RoyaltyStackPart {
  partyId: string;
  vendorId?: string;
  name: string;
  /** The dependency's standards on which the party declared families, and how many in all. */
  standards: string[];
  families: number;
  coverage: 'licensed' | 'supplier' | 'uncovered';
  rate?: RoyaltyRate;
  amount?: number;
  currency?: string;
  counted: boolean;
  reason?: 'licensed' | 'noRate' | 'noUnitPrice';
}

export interface RoyaltyStack {
  dependencyId: string;
  /** Counted parts first, largest amount first; then the others by name. */
  parts: RoyaltyStackPart[];
  /** Σ of the counted amounts per unit, per currency (rates in different currencies are not converted). */
  totals: { currency?: string; amount: number }[];
  /** Always true: a sum of published or negotiated rates, not what is owed. */
  estimate: true;
}

/** A holder's rate: its most recently updated one (then the highest id, so the choice is stable). */
const rateOf = (rates: readonly RoyaltyRate[], vendorId: string | undefined): RoyaltyRate | undefined =>
  vendorId === undefined
    ? undefined
    : rates
        .filter((rate) => rate.holderId === vendorId)
        .sort((a, b) =>
          a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1,
        )[0];

const amountOf = (rate: RoyaltyRate, unitPrice: UnitPrice | undefined) => {
  if (rate.basis === 'per-unit') {
    const currency = rate.currency ?? unitPrice?.currency;
    return { amount: rate.value, ...(currency !== undefined && { currency }) };
  }
  if (!unitPrice) return undefined;
  return { amount: (unitPrice.amount * rate.value) / 100, currency: unitPrice.currency };
};

/**
 * The royalty stack per unit of a device or module: Σ over the parties with declared families on the
 * standards it implements of each one's rate — per unit, or a percentage of the unit price given. A party
 * licensed (by our SEP licence) for every such standard counts 0 and is shown apart; a party covered by
 * the supplier's IP indemnity still counts (an indemnity answers claims, it does not pay royalties).
 */
export const royaltyStack = (
  index: ExposureIndex,
  dependency: { id: string; standards: readonly string[] },
  rates: readonly RoyaltyRate[],
  unitPrice?: UnitPrice,
): RoyaltyStack => {
  const byParty = new Map<
    string,
    { party: Party; standards: string[]; families: number; licensed: boolean }
  >();
  for (const standard of dependency.standards) {
    const exposure = standardExposure(index, standard);
    for (const party of exposure.parties) {
      const entry = byParty.get(party.partyId) ?? { party, standards: [], families: 0, licensed: true };
      entry.standards.push(exposure.standard);
      entry.families += party.families;
      entry.licensed &&= party.coverage === 'licensed';
      byParty.set(party.partyId, entry);
    }
  }
  const indemnified = index.indemnified.has(dependency.id);
  const parts = [...byParty.values()].map(({ party, standards, families, licensed }): RoyaltyStackPart => {
    const base = {
      partyId: party.partyId,
      ...(party.vendorId !== undefined && { vendorId: party.vendorId }),
      name: party.name,
      standards,
      families,
      coverage: licensed
        ? ('licensed' as const)
        : indemnified
          ? ('supplier' as const)
          : ('uncovered' as const),
    };
    const rate = rateOf(rates, party.vendorId);
    if (licensed) return { ...base, ...(rate && { rate }), counted: false, reason: 'licensed' };
    if (!rate) return { ...base, counted: false, reason: 'noRate' };
    const amount = amountOf(rate, unitPrice);
    if (!amount) return { ...base, rate, counted: false, reason: 'noUnitPrice' };
    return { ...base, rate, ...amount, counted: true };
  });
  parts.sort(
    (a, b) =>
      Number(b.counted) - Number(a.counted) ||
      (b.amount ?? 0) - (a.amount ?? 0) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const totals = new Map<string | undefined, number>();
  for (const part of parts)
    if (part.counted) totals.set(part.currency, (totals.get(part.currency) ?? 0) + (part.amount ?? 0));
  return {
    dependencyId: dependency.id,
    parts,
    totals: [...totals].map(([currency, amount]) => ({
      ...(currency !== undefined && { currency }),
      amount,
    })),
    estimate: true,
  };
};
