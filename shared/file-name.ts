/**
 * File names the app suggests to a save dialog or a download. They come from user text (a report title, an
 * evidence file's stored name), so they are checked for what a file system or a reader could misread: a
 * folder, a device, an invisible or reordering character, a name Windows trims into another.
 */

/** Longest name accepted; file systems allow 255 bytes, and UTF-8 takes up to 3 per UTF-16 unit here. */
export const MAX_FILE_NAME_LENGTH = 255;

const FALLBACK_LENGTH = 200;

export type FileNameProblem =
  'empty' | 'tooLong' | 'dots' | 'folder' | 'forbidden' | 'control' | 'bidi' | 'reserved' | 'trailing';

/** Why each problem refuses a name (main-process and IPC messages are in English). */
export const fileNameProblemMessages: Readonly<Record<FileNameProblem, string>> = {
  empty: 'file name is empty',
  tooLong: `file name is longer than ${MAX_FILE_NAME_LENGTH} characters`,
  dots: 'file name must not be "." or ".."',
  folder: 'file name must not contain a folder',
  forbidden: 'file name must not contain : * ? " < > or |',
  control: 'file name must not contain control characters',
  bidi: 'file name must not contain characters that reorder or hide text',
  reserved: 'file name is reserved by Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9)',
  trailing: 'file name must not end with a dot or a space',
};

const separators = /[/\\]/;
const forbidden = /[:*?"<>|]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const control = /[\u0000-\u001f\u007f-\u009f]/;
/** Marks and embeddings/isolates that change the order text is shown in ("invoice\u202Efdp.exe"). */
const bidi = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Device names, with any extension ("nul.txt"), spaces before it ("CON .pdf") and superscript digits. */
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

const isReserved = (name: string): boolean => reserved.test((name.split('.')[0] ?? '').trimEnd());

/** The first thing wrong with a file name, or undefined for a name any system stores as written. */
export const fileNameProblem = (name: string): FileNameProblem | undefined => {
  if (name.length === 0) return 'empty';
  if (name.length > MAX_FILE_NAME_LENGTH) return 'tooLong';
  if (name === '.' || name === '..') return 'dots';
  if (separators.test(name)) return 'folder';
  if (control.test(name)) return 'control';
  if (bidi.test(name)) return 'bidi';
  if (forbidden.test(name)) return 'forbidden';
  if (isReserved(name)) return 'reserved';
  if (/[. ]$/.test(name)) return 'trailing';
  return undefined;
};

/**
 * A name made from any text that fileNameProblem accepts: separators and forbidden characters become '-',
 * control and reordering characters are dropped, trailing dots and spaces trimmed, a device name prefixed
 * with '_', and at most 200 characters kept; the fallback when nothing is left.
 */
export const safeFileName = (text: string, fallback = 'file'): string => {
  const cleaned = text
    .replace(new RegExp(`${control.source}|${bidi.source}`, 'g'), '')
    .replace(/[/\\:*?"<>|]+/g, '-')
    .trim()
    .slice(0, FALLBACK_LENGTH)
    .replace(/[. ]+$/, '');
  if (cleaned === '') return fallback;
  return isReserved(cleaned) ? `_${cleaned}` : cleaned;
};
