import { nonCharacters } from './hostile-values';
import type { SeededRandom } from './seeded-random';

const encoder = new TextEncoder();

/** One damage a file suffers in transit or at an attacker's hand, applied to a copy of the bytes. */
export const mutateBytes = (seed: Uint8Array, random: SeededRandom): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(seed);
  const at = () => random.below(Math.max(bytes.length, 1));
  switch (random.below(7)) {
    case 0:
      return bytes.slice(0, at());
    case 1: {
      for (let flips = 1 + random.below(8); flips > 0; flips -= 1) bytes[at()] = random.below(256);
      return bytes;
    }
    case 2: {
      const position = at();
      const inserted = encoder.encode(random.pick(nonCharacters).repeat(1 + random.below(4)));
      return concat(bytes.slice(0, position), inserted, bytes.slice(position));
    }
    case 3: {
      const start = at();
      const chunk = bytes.slice(start, start + 1 + random.below(64));
      return concat(bytes.slice(0, start), chunk, chunk, chunk, bytes.slice(start));
    }
    case 4: {
      const start = at();
      return concat(bytes.slice(0, start), bytes.slice(start + 1 + random.below(256)));
    }
    case 5:
      return concat(bytes, random.chance(0.5) ? new Uint8Array(random.below(4096)) : bytes);
    default:
      return random.chance(0.5) ? new Uint8Array() : Uint8Array.from({ length: 64 }, () => random.below(256));
  }
};

export const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
