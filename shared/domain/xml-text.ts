/**
 * Characters XML 1.0 cannot carry (https://www.w3.org/TR/xml/#charsets): C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and halves of a surrogate pair standing alone. One of them
 * in a cell or a paragraph makes the whole Word or Excel file unreadable ("we found a problem with some
 * content"), so text is cleaned of them when it is stored and again when it is exported.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const notXml =
  /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Vertical tab and form feed: how Word's manual line and page breaks arrive when its text is pasted. */
const breaks = /[\u000b\u000c]/g;
/* eslint-enable no-control-regex */

/** The text without what XML cannot hold; Word's pasted breaks become line feeds, other characters go. */
export const xmlSafeText = (text: string): string => text.replace(breaks, '\n').replace(notXml, '');

const isPlainObject = (value: object): boolean => {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The same data with every string made XML-safe, through arrays and plain objects (own keys kept as they are,
 * `__proto__` included); numbers, booleans and other objects (bytes, dates) are passed through unchanged.
 */
export const xmlSafeDeep = <T>(value: T): T => {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafeDeep(item)) as T;
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDeep(item)])) as T;
};
