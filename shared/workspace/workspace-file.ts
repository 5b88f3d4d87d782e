/**
 * The workspace file (design §2, docs/workspace-file.md): written by `buildWorkspaceFile`, read and checked
 * whole by `readWorkspaceFile`. One module to import for either.
 */
export type { WorkspaceFileProblem } from './workspace-file-problems';
export type { WorkspaceFileContents, WorkspaceFileReadResult } from './workspace-file-check';
export { readWorkspaceFile, type ReadWorkspaceOptions } from './workspace-file-read';
export {
  buildWorkspaceFile,
  type BuildOptions,
  type WorkspaceFileBuildResult,
  type WorkspaceFileInput,
} from './workspace-file-write';
export * from './workspace-file-schema';
