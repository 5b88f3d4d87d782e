/**
 * A copy of a cell's text that keeps only its own characters. JavaScript engines cut a string's substrings as
 * views of it (V8 does from 13 characters on): a cell NarrowCsv cut out of a piece of the file keeps that
 * whole piece alive. The readers' caches keep a few thousand cells for the whole file, and would otherwise
 * keep much of the file's text with them; what a cache keeps goes through this first.
 */
export const detachedText = (text: string): string => (' ' + text).slice(1);
