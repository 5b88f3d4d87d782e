import i18next from 'i18next';
import { APP_NAME } from '@shared/app-identity';
import {
  openFileInputSchema,
  saveFileInputSchema,
  type OpenFileOutput,
  type WorkbenchApi,
} from '@shared/ipc';
import { err, ok } from '@shared/result';
import { acceptAttribute, pickFile } from './blob-files';
import { fileErrorText } from './file-errors';

/**
 * The same interface as the desktop bridge, with what a browser offers: a download for saving, a file
 * input for opening and the print dialog for PDF. There is no native menu, so no menu commands arrive.
 */
export const webPlatform: WorkbenchApi = {
  platform: 'web',

  getAppInfo: () =>
    Promise.resolve(ok({ name: APP_NAME, version: __APP_VERSION__, electron: '', chrome: '' })),

  saveFile: (input) => {
    const { suggestedName, data } = saveFileInputSchema.parse(input);
    const url = URL.createObjectURL(new Blob([data]));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    // Revoking at once can cancel the download in some browsers; the next task is late enough.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    return Promise.resolve(ok({ status: 'saved', fileName: suggestedName }));
  },

  openFile: async (input) => {
    const { filters, maxBytes } = openFileInputSchema.parse(input);
    const file = await pickFile(acceptAttribute(filters));
    if (!file) return ok<OpenFileOutput>({ status: 'cancelled' });
    if (file.size > maxBytes) {
      return err(fileErrorText({ key: 'tooLarge', fileName: file.name, size: file.size, limit: maxBytes }));
    }
    try {
      return ok<OpenFileOutput>({
        status: 'opened',
        fileName: file.name,
        data: new Uint8Array(await file.arrayBuffer()),
      });
    } catch {
      return err(i18next.t('platform.fileUnreadable', { name: file.name }));
    }
  },

  printToPdf: () => {
    window.print();
    return Promise.resolve(ok({ kind: 'browser-print' }));
  },

  // A browser prints the page it shows, where the print page shows its own stages.
  reportPrintStage: () => Promise.resolve(ok(null)),
  cancelPrint: () => Promise.resolve(ok(false)),
  onPrintStage: () => () => undefined,

  setMenuLanguage: () => Promise.resolve(ok(null)),

  onMenuCommand: () => () => undefined,
};
