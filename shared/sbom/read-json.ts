import { refuse, type SbomProblem } from './problems';

/** 100 MB: a 50,000-component CycloneDX SBOM is about 25 MB; beyond this the file is not an SBOM we can use. */
export const MAX_SBOM_BYTES = 100 * 1024 * 1024;

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

/** Size, encoding (UTF-8, with or without a byte order mark) and JSON syntax, each refused with its own message. */
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
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return syntaxProblem(text, error);
  }
};
