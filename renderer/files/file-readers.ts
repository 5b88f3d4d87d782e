import type { ReportProgress } from '@shared/files/worker-protocol';
import type { ImportReadOptions } from '@shared/import/read-file';
import type { QuestionnaireReadOptions } from '@shared/questionnaire';

/**
 * Every reader of files from outside, by name, as the file worker runs them. Each is loaded on demand so
 * the worker starts small; each returns its own result type (records or placed problems), never throws by
 * design — a throw is still caught by the worker and reported as a crash.
 */
export const fileReaders = {
  importTable: async (bytes: Uint8Array, options: ImportReadOptions | undefined, progress: ReportProgress) =>
    (await import('@shared/import/read-file')).readImportFile(bytes, progress, options),
  questionnaire: async (bytes: Uint8Array, options: QuestionnaireReadOptions, progress: ReportProgress) =>
    (await import('@shared/questionnaire/read')).readQuestionnaire(bytes, options, progress),
  checklists: async (bytes: Uint8Array) =>
    (await import('@shared/checklists/checklist-file')).readChecklistFile(bytes),
  sbom: async (bytes: Uint8Array, { dependencyId }: { dependencyId: string }) =>
    (await import('@shared/sbom')).parseSbom(bytes, dependencyId),
  declarations: async (file: Uint8Array | Blob, _options: undefined, progress: ReportProgress) =>
    (await import('@shared/declarations')).readDeclarations(file, progress),
  workspace: async (file: Blob, options: { hashFile?: boolean }, progress: ReportProgress) =>
    (await import('@shared/workspace/workspace-file')).readWorkspaceFile(file, {
      ...options,
      onProgress: progress,
    }),
} satisfies Record<string, (input: never, options: never, progress: ReportProgress) => Promise<unknown>>;

export type FileReaders = typeof fileReaders;
export type FileReaderName = keyof FileReaders;
/** What a reader reads: the file's bytes, or a Blob for a file too large to load (see FileTaskRequest). */
export type FileReaderInput<Name extends FileReaderName> = Parameters<FileReaders[Name]>[0];
export type FileReaderOptions<Name extends FileReaderName> = Parameters<FileReaders[Name]>[1];
export type FileReaderResult<Name extends FileReaderName> = Awaited<ReturnType<FileReaders[Name]>>;
