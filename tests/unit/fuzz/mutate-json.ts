import { hostileJsonFragments, prototypeKeys } from './hostile-values';
import type { SeededRandom } from './seeded-random';

/** Marks where the hostile fragment goes; no real document holds it. */
const placeholder = '\u0001fuzz-placeholder\u0001';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a JSON document, as the path to it. */
const paths = (value: Json, path: (string | number)[] = [], into: (string | number)[][] = []) => {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...path, index], into));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...path, key], into);
  return into;
};

const setAt = (root: Json, path: (string | number)[], replacement: unknown): Json => {
  if (path.length === 0) return replacement as Json;
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  Object.defineProperty(node, last, {
    value: replacement,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return root;
};

/**
 * One structural damage to a JSON document, written back as text: a value of the wrong type, huge or deep,
 * a prototype key added, an element removed or duplicated. The text is what a hostile file would hold
 * (JSON.stringify writes `__proto__` as an ordinary key, as a crafted file can).
 */
export const mutateJson = (seed: Json, random: SeededRandom): string => {
  const root = structuredClone(seed);
  const all = paths(root);
  const path = random.pick(all);
  // The hostile value is spliced in as text: a value nested 20,000 deep cannot go through JSON.stringify.
  const withFragment = (text: string) =>
    text.replace(JSON.stringify(placeholder), hostileJsonFragments(random));
  switch (random.below(4)) {
    case 0:
      return withFragment(JSON.stringify(setAt(root, path, placeholder)));
    case 1: {
      const target =
        path.length === 0
          ? root
          : path
              .slice(0, -1)
              .reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, root);
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, random.pick(prototypeKeys), {
          value: placeholder,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return withFragment(JSON.stringify(root));
    }
    case 2:
      return JSON.stringify(setAt(root, path, undefined));
    default: {
      const text = JSON.stringify(root);
      const cut = random.below(text.length + 1);
      return random.chance(0.5)
        ? text.slice(0, cut)
        : `${text.slice(0, cut)}${text.slice(cut, cut + 200)}${text.slice(cut)}`;
    }
  }
};

export type { Json };
