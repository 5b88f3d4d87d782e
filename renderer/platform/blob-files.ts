import type { FileFilter } from '@shared/ipc';

/**
 * Files too large to cross the desktop bridge as bytes (a workspace backup has no size limit): saved as a
 * download of a Blob and opened as a File, by what both the browser and the desktop shell (Chromium) do
 * natively — a save dialog for a download, a file chooser for a file input. Nothing is copied: a Blob
 * built from stored blobs stays on disk, and a chosen File is read by slices.
 */

export const acceptAttribute = (filters: readonly FileFilter[]): string =>
  filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');

/** Asks for one file; resolves undefined when the user closes the chooser without choosing. */
export const pickFile = (accept: string): Promise<File | undefined> =>
  new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });

/** Offers a Blob of any size for saving under `suggestedName` (a download: the user picks where). */
export const saveBlob = (suggestedName: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  // Revoking at once can cancel the download in some browsers; a minute is long past its start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
