import { MAX_HOLDER_SPELLINGS, type DeclarationAggregates, type HolderFamilies } from './declaration-set';

type Holder = DeclarationAggregates['holders'][number];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The declarations in force, one aggregate: the newest set of each source (ETSI's export, our template)
 * merged. Holders are merged by their normalised key (name from the first set, spellings and countries
 * completed by the next); families per holder × standard and × generation are summed. The two sources
 * are different files with no shared family ids, so a family declared in both counts twice: the template
 * is for declarations ETSI's database does not hold. One set is returned as it is.
 */
export const mergeDeclarationAggregates = (
  sets: readonly DeclarationAggregates[],
): DeclarationAggregates | undefined => {
  if (sets.length <= 1) return sets[0];
  const holders = new Map<string, Holder>();
  for (const set of sets)
    for (const holder of set.holders) {
      const known = holders.get(holder.key);
      if (!known) {
        holders.set(holder.key, { ...holder, spellings: [...holder.spellings] });
        continue;
      }
      known.families += holder.families;
      known.country ??= holder.country;
      for (const spelling of [holder.name, ...holder.spellings])
        if (
          spelling !== known.name &&
          !known.spellings.includes(spelling) &&
          known.spellings.length < MAX_HOLDER_SPELLINGS
        )
          known.spellings.push(spelling);
    }
  const keys = [...holders.keys()].sort(byText);
  const position = new Map(keys.map((key, at) => [key, at]));

  const sum = <K extends string>(
    lists: (set: DeclarationAggregates) => readonly { key: K; families: readonly HolderFamilies[] }[],
  ) => {
    const merged = new Map<K, Map<number, number>>();
    for (const set of sets)
      for (const { key, families } of lists(set)) {
        const counts = merged.get(key) ?? new Map<number, number>();
        for (const [holder, count] of families) {
          const at = position.get(set.holders[holder]?.key ?? '');
          if (at !== undefined) counts.set(at, (counts.get(at) ?? 0) + count);
        }
        merged.set(key, counts);
      }
    return [...merged]
      .sort(([a], [b]) => byText(a, b))
      .map(([key, counts]) => ({ key, families: [...counts].sort((a, b) => a[0] - b[0]) }));
  };
  const dates = sets
    .flatMap((set) => [set.declaredFrom, set.declaredTo])
    .filter((date) => date !== undefined);
  dates.sort(byText);
  const [declaredFrom] = dates;
  const declaredTo = dates[dates.length - 1];
  return {
    families: sets.reduce((total, set) => total + set.families, 0),
    holders: keys.flatMap((key) => holders.get(key) ?? []),
    standards: sum((set) => set.standards.map(({ number, families }) => ({ key: number, families }))).map(
      ({ key, families }) => ({ number: key, families }),
    ),
    generations: sum((set) =>
      set.generations.map(({ generation, families }) => ({ key: generation, families })),
    ).map(({ key, families }) => ({ generation: key, families })),
    ...(declaredFrom !== undefined && { declaredFrom }),
    ...(declaredTo !== undefined && { declaredTo }),
  };
};
