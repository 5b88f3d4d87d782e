import { describe, expect, it } from 'vitest';
import { IntPairSet } from '@shared/declarations/int-pair-set';
import { SeededRandom } from '../../fuzz/seeded-random';

describe('IntPairSet', () => {
  it('tells a new pair from one already added, as a Set of the same pairs does, through its growth', () => {
    const random = new SeededRandom(0x1d_5e7);
    const pairs = new IntPairSet();
    const reference = new Set<string>();
    const added: [number, number][] = [];
    // Keys as the reader makes them: holder × 2^16 + standard (negative from holder 32,768 on), numeric
    // family ids up to 9 digits and text families counted down from -1; few enough to repeat often.
    for (let draw = 0; draw < 60_000; draw += 1) {
      const first = (random.below(50_000) << 16) | random.below(300);
      const second = random.chance(0.5) ? random.below(999_999_999) : -1 - random.below(3);
      const [a, b] = (random.chance(0.3) && added[random.below(added.length)]) || [first, second];
      const key = `${a},${b}`;
      expect(pairs.add(a, b)).toBe(!reference.has(key));
      reference.add(key);
      added.push([a, b]);
    }
    expect(pairs.size).toBe(reference.size);
    const visited: string[] = [];
    pairs.forEach((first, second) => visited.push(`${first},${second}`));
    expect(visited.sort()).toEqual([...reference].sort());
  });
});
