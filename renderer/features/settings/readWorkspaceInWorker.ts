import type { WorkspaceFileReadResult } from '@shared/workspace/workspace-file';
import { readFileInWorker, type ReadInWorkerOptions } from '@renderer/files/read-file-in-worker';

/**
 * Reads and checks a workspace file in the file worker (never on the window's thread): the File is posted
 * as a handle and read there by slices, so its size does not matter. A worker that fails is one problem
 * (`common.fileTask.*`) like any other, so the screen has one way to say a file was refused.
 */
export const readWorkspaceInWorker = async (
  file: Blob,
  { hashFile = false, ...options }: ReadInWorkerOptions & { hashFile?: boolean } = {},
): Promise<WorkspaceFileReadResult> => {
  const read = await readFileInWorker('workspace', file, { hashFile }, options);
  return read.ok ? read.value : { ok: false, problems: [{ message: `common.fileTask.${read.failure}` }] };
};
