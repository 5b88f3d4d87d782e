import type { DeclarationAggregates } from './declaration-set';

/** A holder whose declared families differ between two sets (0 where a set does not name it). */
export interface HolderChange {
  key: string;
  name: string;
  before: number;
  after: number;
}

export interface SetComparison {
  families: { before: number; after: number };
  holders: { before: number; after: number };
  /** Largest change first (by absolute difference), then by name. */
  changes: HolderChange[];
}

/** What changed from one declarations set to another: totals, and each holder's families. */
export const compareDeclarationSets = (
  before: DeclarationAggregates,
  after: DeclarationAggregates,
): SetComparison => {
  const byKey = new Map<string, HolderChange>();
  for (const holder of before.holders)
    byKey.set(holder.key, { key: holder.key, name: holder.name, before: holder.families, after: 0 });
  for (const holder of after.holders) {
    const known = byKey.get(holder.key);
    if (known) {
      known.after = holder.families;
      known.name = holder.name;
    } else byKey.set(holder.key, { key: holder.key, name: holder.name, before: 0, after: holder.families });
  }
  const changes = [...byKey.values()]
    .filter((change) => change.before !== change.after)
    .sort(
      (a, b) =>
        Math.abs(b.after - b.before) - Math.abs(a.after - a.before) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  return {
    families: { before: before.families, after: after.families },
    holders: { before: before.holders.length, after: after.holders.length },
    changes,
  };
};
