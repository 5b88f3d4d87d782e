import type { WorkspaceFileReadResult } from '@shared/workspace/workspace-file';
import { pickFile } from '@renderer/platform/blob-files';
import { readWorkspaceInWorker } from './readWorkspaceInWorker';

/**
 * Asks for a workspace file (a backup of any format version: .zip, or .json of versions 1 and 2) and
 * reads it whole in the file worker; undefined when the user chooses no file, or aborts `signal` while
 * the file is being read and checked.
 */
export const chooseWorkspaceFile = async (options: {
  hashFile?: boolean;
  onChosen?: (fileName: string) => void;
  onProgress?: (done: number, total?: number) => void;
  signal?: AbortSignal;
}): Promise<{ fileName: string; read: WorkspaceFileReadResult } | undefined> => {
  const file = await pickFile('.zip,.json');
  if (!file) return undefined;
  options.onChosen?.(file.name);
  const read = await readWorkspaceInWorker(file, {
    ...(options.hashFile && { hashFile: true }),
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.signal && { signal: options.signal }),
  });
  if (options.signal?.aborted) return undefined;
  return { fileName: file.name, read };
};
