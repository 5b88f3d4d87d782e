/** Marks a free slot: no family number is this low (text families count down from -1, one per distinct key). */
const FREE = -0x80000000;

const eachPair = (slots: Int32Array, visit: (first: number, second: number) => void): void => {
  for (let at = 0; at < slots.length; at += 2) {
    const second = slots[at + 1] ?? FREE;
    if (second !== FREE) visit(slots[at] ?? 0, second);
  }
};

/**
 * A set of pairs of 32-bit integers, kept in one typed array (open addressing, linear probing): what the
 * declarations reader asks a million times per file — "is this (holder, family) new?" — answered without
 * a Set per holder nor a number object per pair. A JavaScript Set of small sets cost as much as the CSV
 * parse itself on ETSI's export; this costs a hash and, mostly, one cache line. The second number of a
 * pair must not be -2^31.
 */
export class IntPairSet {
  size = 0;
  private slots = new Int32Array(2 * 1024).fill(FREE);
  private mask = 1023;

  /** Adds the pair; true when it was not in the set yet. */
  add(first: number, second: number): boolean {
    const { slots, mask } = this;
    // MurmurHash3's finaliser over the two numbers mixed: every bit of both reaches the low bits used.
    let hash = Math.imul(first, 0x9e3779b1) ^ second;
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    hash ^= hash >>> 16;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 2;
      const stored = slots[at + 1];
      if (stored === FREE) {
        slots[at] = first;
        slots[at + 1] = second;
        this.size += 1;
        if (this.size * 4 > mask * 3) this.grow();
        return true;
      }
      if (stored === second && slots[at] === first) return false;
    }
  }

  /** Calls `visit` with each pair, in no particular order. */
  forEach(visit: (first: number, second: number) => void): void {
    eachPair(this.slots, visit);
  }

  /** Twice the slots, the pairs placed again: the set stays at most three quarters full. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(FREE);
    this.mask = this.mask * 2 + 1;
    this.size = 0;
    eachPair(old, (first, second) => this.add(first, second));
  }
}
