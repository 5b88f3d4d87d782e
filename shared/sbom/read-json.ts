import { MAX_JSON_DEPTH, MAX_SBOM_BYTES } from './limits';
import { refuse, type SbomProblem } from './problems';

export type ReadJsonResult = { ok: true; json: unknown } | { ok: false; problems: SbomProblem[] };

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Line and column (from 1) of a character offset, as an editor shows them. */
const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

/** JSON.parse names the offset of a syntax error in its message ("… at position 42"), when it knows it. */
const syntaxProblem = (text: string, error: unknown): ReturnType<typeof refuse> => {
  const offset = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return offset === undefined
    ? refuse('sbom.notJson')
    : refuse('sbom.notJsonAt', undefined, lineAndColumn(text, Number(offset)));
};

const [quote, backslash, openBrace, closeBrace, openBracket, closeBracket] = [34, 92, 123, 125, 91, 93];

/**
 * Whether arrays and objects nest deeper than `limit` in JSON text: one pass over the characters, skipping
 * strings, without parsing. Broken JSON gives some answer; JSON.parse then refuses it anyway.
 */
const nestsDeeperThan = (text: string, limit: number): boolean => {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === backslash) index += 1;
      else if (code === quote) inString = false;
    } else if (code === quote) inString = true;
    else if (code === openBrace || code === openBracket) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === closeBrace || code === closeBracket) depth -= 1;
  }
  return false;
};

/**
 * Size, encoding (UTF-8, with or without a byte order mark), nesting and JSON syntax, each refused with its
 * own message.
 */
export const readJson = (bytes: Uint8Array): ReadJsonResult => {
  if (bytes.byteLength > MAX_SBOM_BYTES)
    return refuse('sbom.tooLarge', undefined, {
      size: megabytes(bytes.byteLength),
      limit: megabytes(MAX_SBOM_BYTES),
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('sbom.notText');
  }
  if (text.trim() === '') return refuse('sbom.empty');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return refuse('sbom.tooDeep', undefined, { limit: MAX_JSON_DEPTH });
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    // Some engines' JSON.parse recurses and runs out of stack before the scan's limit would matter.
    if (error instanceof RangeError) return refuse('sbom.tooDeep', undefined, { limit: MAX_JSON_DEPTH });
    return syntaxProblem(text, error);
  }
};
