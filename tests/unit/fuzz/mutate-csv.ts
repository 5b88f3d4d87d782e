import { hostileJsonFragments, nonCharacters, prototypeKeys } from './hostile-values';
import { mutateBytes } from './mutate-bytes';
import type { SeededRandom } from './seeded-random';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A cell's worth of trouble: quotes left open, other delimiters, formulas, huge or invisible text. */
const hostileCell = (random: SeededRandom): string =>
  random.pick([
    () => '"',
    () => '"a""b',
    () => random.pick([',', ';', '\t', '\r', '\n', '\r\n']).repeat(1 + random.below(300)),
    () => random.pick(['=cmd|" /C calc"!A0', '+1+1', '@SUM(A1)', '-2', '＝1+1']),
    () => random.pick(prototypeKeys),
    () => random.pick(nonCharacters).repeat(1 + random.below(8)),
    () => 'x'.repeat(random.below(200_000)),
    () => random.pick(['9'.repeat(40), '-0', '1e309', 'NaN', '2026-13-45', '0x1F']),
    () => hostileJsonFragments(random).slice(0, 5_000),
  ])();

/** A CSV damaged as text (cells and rows a colleague or an attacker wrote) or as bytes. */
export const mutateCsv = (seed: Uint8Array, random: SeededRandom): { bytes: Uint8Array; how: string } => {
  if (random.chance(0.3)) return { bytes: mutateBytes(seed, random), how: 'bytes' };
  const lines = decoder.decode(seed).split(/\r?\n/);
  const line = random.below(lines.length);
  const cells = (lines[line] ?? '').split(',');
  switch (random.below(4)) {
    case 0:
      cells[random.below(cells.length)] = hostileCell(random);
      break;
    case 1:
      cells.push(...Array.from({ length: 1 + random.below(200) }, () => hostileCell(random)));
      break;
    case 2:
      lines.push(...Array.from({ length: random.below(2_000) }, () => lines[1] ?? ''));
      break;
    default:
      lines.splice(line, 1);
  }
  lines[line] = cells.join(',');
  return { bytes: encoder.encode(lines.join(random.chance(0.5) ? '\r\n' : '\n')), how: 'text' };
};
