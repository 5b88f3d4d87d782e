import type { SeededRandom } from './seeded-random';

/** Text no XML document may hold, and a lone surrogate no UTF-8 encoder can represent faithfully. */
export const nonCharacters = ['\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u0000', '\u001B'];

/** Keys that reach an object's prototype when code indexes a plain object with them. */
export const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const nested = (depth: number, open: string, close: string, inner = '0'): string =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** JSON text fragments that stress a reader: huge, deep, oddly typed or out of range. */
export const hostileJsonFragments = (random: SeededRandom): string => {
  const fragments: (() => string)[] = [
    () => JSON.stringify('x'.repeat(1 + random.below(200_000))),
    () => nested(1 + random.below(20_000), '[', ']'),
    () => nested(1 + random.below(5_000), '{"a":', '}'),
    () => JSON.stringify(random.pick(nonCharacters).repeat(1 + random.below(50))),
    () => `{"${random.pick(prototypeKeys)}": {"polluted": true}}`,
    () => random.pick(['1e309', '-1e309', '-0', '0.1e-400', '123456789012345678901234567890', 'true']),
    () => random.pick(['null', '{}', '[]', '""', '"2026-02-30"', '"9999-12-31T23:59:59.999Z"']),
    () => JSON.stringify(Array.from({ length: random.below(5_000) }, (_, index) => index)),
  ];
  return random.pick(fragments)();
};
