/**
 * What the generated CycloneDX validators (shared/sbom/generated) call at run time, in place of ajv's own
 * runtime modules: those are CommonJS and belong to the compiler, which the file worker must not load.
 */

/** The length of a string in Unicode code points, as JSON Schema's minLength and maxLength count it. */
export const ucs2length = (text: string): number => {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    length += 1;
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index += 1;
  }
  return length;
};

/**
 * Deep equality of two JSON values, for `enum`, `const` and `uniqueItems`. Recursive: the file's nesting is
 * capped before parsing (read-json.ts), so the depth here is bounded.
 */
export const equal = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
};

/** A JSON value as text with the keys of every object sorted: two values are equal when their texts are. */
const canonicalJson = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  const entries = Object.keys(object)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${entries.join(',')}}`;
};

/**
 * The index of the first item equal to an earlier one, or -1: JSON Schema's `uniqueItems` in linear time,
 * each item keyed by its canonical JSON (ajv's own check compares every pair).
 */
export const duplicateItem = (items: readonly unknown[]): number => {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const key = canonicalJson(item);
    if (seen.has(key)) return index;
    seen.add(key);
  }
  return -1;
};
