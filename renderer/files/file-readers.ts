import type { ReportProgress } from '@shared/files/worker-protocol';

/**
 * Every reader of files from outside, by name, as the file worker runs them. Each is loaded on demand so
 * the worker starts small; each returns its own result type (records or placed problems), never throws by
 * design — a throw is still caught by the worker and reported as a crash.
 */
export const fileReaders = {
  importTable: async (bytes: Uint8Array) => (await import('@shared/import/read-file')).readImportFile(bytes),
} satisfies Record<string, (bytes: Uint8Array, options: never, progress: ReportProgress) => Promise<unknown>>;

export type FileReaders = typeof fileReaders;
export type FileReaderName = keyof FileReaders;
export type FileReaderOptions<Name extends FileReaderName> = Parameters<FileReaders[Name]>[1];
export type FileReaderResult<Name extends FileReaderName> = Awaited<ReturnType<FileReaders[Name]>>;
