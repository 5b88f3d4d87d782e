/**
 * A minimal, linear scan of the tags of an XML part from outside, enough to check and trim a workbook's
 * parts before a full parser sees them. Comments, CDATA and processing instructions are skipped as XML
 * defines them; a DOCTYPE (which never occurs in a workbook and could declare entities) or any broken
 * structure ends the scan as malformed.
 */

export interface XmlTag {
  kind: 'open' | 'close' | 'empty';
  name: string;
  /** Elements enclosing this one: 0 for the root. */
  depth: number;
  /** Index of its `<`. */
  start: number;
  /** Index just after its `>`. */
  end: number;
  /** Index just after its name, where its attributes begin. */
  attributesStart: number;
}

/** `stop`: the visitor asked to stop (it found what it needed, or a reason to refuse). */
export type ScanOutcome = 'done' | 'malformed' | 'stop';

const isNameEnd = (code: number): boolean =>
  code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;

/**
 * At a `<` that opens no element (comment, CDATA, processing instruction): the index after it. Undefined
 * at an element; -1 when unclosed or a declaration such as DOCTYPE.
 */
const skipMarkup = (xml: string, at: number): number | undefined => {
  if (xml.startsWith('<!--', at)) {
    const close = xml.indexOf('-->', at + 4);
    return close < 0 ? -1 : close + 3;
  }
  if (xml.startsWith('<![CDATA[', at)) {
    const close = xml.indexOf(']]>', at + 9);
    return close < 0 ? -1 : close + 3;
  }
  if (xml.startsWith('<?', at)) {
    const close = xml.indexOf('?>', at + 2);
    return close < 0 ? -1 : close + 2;
  }
  return xml.startsWith('<!', at) ? -1 : undefined;
};

/** The index of the tag's closing `>`, skipping quoted attribute values (which may hold a `>`); -1 if none. */
const tagEnd = (xml: string, from: number): number => {
  for (let at = from; at < xml.length; at += 1) {
    const code = xml.charCodeAt(at);
    if (code === 0x22 || code === 0x27) {
      const quote = xml.indexOf(code === 0x22 ? '"' : "'", at + 1);
      if (quote < 0) return -1;
      at = quote;
    } else if (code === 0x3e) return at;
    else if (code === 0x3c) return -1;
  }
  return -1;
};

/** Calls `visit` for every tag in document order; a visitor returning false stops the scan. */
export const scanTags = (xml: string, visit: (tag: XmlTag) => boolean): ScanOutcome => {
  const open: string[] = [];
  let at = xml.indexOf('<');
  while (at >= 0) {
    const skipped = skipMarkup(xml, at);
    if (skipped === -1) return 'malformed';
    if (skipped !== undefined) {
      at = xml.indexOf('<', skipped);
      continue;
    }
    const closing = xml.charCodeAt(at + 1) === 0x2f;
    const nameStart = at + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd += 1;
    const end = tagEnd(xml, nameEnd);
    if (nameEnd === nameStart || end < 0) return 'malformed';
    const name = xml.slice(nameStart, nameEnd);
    const empty = !closing && xml.charCodeAt(end - 1) === 0x2f;
    if (closing && open.pop() !== name) return 'malformed';
    const kind = closing ? 'close' : empty ? 'empty' : 'open';
    const tag: XmlTag = { kind, name, depth: open.length, start: at, end: end + 1, attributesStart: nameEnd };
    if (kind === 'open') open.push(name);
    if (!visit(tag)) return 'stop';
    at = xml.indexOf('<', end + 1);
  }
  return open.length === 0 ? 'done' : 'malformed';
};

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and predefined entity references replaced, as an XML parser reads the value. */
const decode = (value: string): string =>
  value.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-z]+);/g, (whole, body: string) => {
    if (!body.startsWith('#')) return entities[body] ?? whole;
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * The tag's attribute of this name, decoded; undefined when absent. Read in one pass over the tag: a
 * regular expression here backtracked quadratically on a long run of text without `=` (5 s for 86 KB).
 */
export const attribute = (xml: string, tag: XmlTag, name: string): string | undefined => {
  const end = tag.end - 1;
  let at = tag.attributesStart;
  while (at < end) {
    while (at < end && isSpace(xml.charCodeAt(at))) at += 1;
    const nameStart = at;
    while (at < end && !isSpace(xml.charCodeAt(at)) && !'=/>'.includes(xml.charAt(at))) at += 1;
    const key = xml.slice(nameStart, at);
    while (at < end && isSpace(xml.charCodeAt(at))) at += 1;
    if (xml.charAt(at) !== '=') {
      at = Math.max(at, nameStart + 1);
      continue;
    }
    at += 1;
    while (at < end && isSpace(xml.charCodeAt(at))) at += 1;
    const quote = xml.charAt(at);
    if (quote !== '"' && quote !== "'") continue;
    const close = xml.indexOf(quote, at + 1);
    if (close < 0 || close > end) return undefined;
    if (key === name) return decode(xml.slice(at + 1, close));
    at = close + 1;
  }
  return undefined;
};
