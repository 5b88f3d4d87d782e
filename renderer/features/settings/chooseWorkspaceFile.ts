import { MAX_FILE_BYTES } from '@shared/ipc';
import { readWorkspaceFile, type WorkspaceFileReadResult } from '@shared/workspace/workspace-file';
import { platform } from '../../platform';

/** Asks for a workspace file and reads it whole; undefined when the user cancels. Throws when it cannot be opened. */
export const chooseWorkspaceFile = async (): Promise<
  { fileName: string; read: WorkspaceFileReadResult } | undefined
> => {
  const opened = await platform.openFile({
    filters: [{ name: 'JSON', extensions: ['json'] }],
    maxBytes: MAX_FILE_BYTES,
  });
  if (!opened.ok) throw new Error(opened.error);
  if (opened.value.status === 'cancelled') return undefined;
  const read = await readWorkspaceFile(new TextDecoder().decode(opened.value.data));
  return { fileName: opened.value.fileName, read };
};
