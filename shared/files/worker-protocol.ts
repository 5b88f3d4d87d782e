/**
 * What crosses between a screen and the Worker that reads a file from outside. Files are untrusted, so
 * they are read off the main thread: a crafted file can at worst occupy a worker, which the screen ends
 * after a time limit, never the window.
 */

/**
 * Sent to the worker: which reader to run, the file and its options. The file is its bytes (transferred,
 * not copied) or, for a file too large to load, the Blob itself (posted as a handle; the reader slices it).
 */
export interface FileTaskRequest {
  reader: string;
  bytes: Uint8Array | Blob;
  options: unknown;
}

/** Sent back: progress while reading, then exactly one outcome. */
export type FileTaskMessage =
  | { type: 'progress'; done: number; total?: number }
  | { type: 'done'; value: unknown }
  | { type: 'crashed'; message: string };

/** Reported by a reader that knows how far it is: `done` of `total` units (rows, bytes, components). */
export type ReportProgress = (done: number, total?: number) => void;

/** Why a file was not read at all: too slow (or hanging), the reader crashed, or the user cancelled. */
export type FileTaskFailure = 'timeout' | 'crashed' | 'cancelled';

export type FileTaskOutcome<T> = { ok: true; value: T } | { ok: false; failure: FileTaskFailure };
