import i18next from 'i18next';
import type { FileError, FileResult, WorkbenchApi } from '@shared/ipc';

const megabytes = (bytes: number | undefined): number => Math.round((bytes ?? 0) / (1024 * 1024));

/** A file error in the app's language, from its key (the desktop app's main process words nothing). */
export const fileErrorText = ({ key, fileName, size, limit, detail }: FileError): string =>
  i18next.t(`platform.fileError.${key}`, {
    name: fileName,
    size: megabytes(size),
    limit: megabytes(limit),
    detail: detail ?? '',
  });

const worded = <T>(result: FileResult<T>): FileResult<T> =>
  !result.ok && 'fileError' in result ? { ...result, error: fileErrorText(result.fileError) } : result;

/**
 * The desktop bridge with its file errors worded in the app's language when they arrive, so every screen
 * shows `result.error` as it is, whichever platform answered.
 */
export const withWordedFileErrors = (bridge: WorkbenchApi): WorkbenchApi => ({
  platform: bridge.platform,
  getAppInfo: () => bridge.getAppInfo(),
  saveFile: async (input) => worded(await bridge.saveFile(input)),
  openFile: async (input) => worded(await bridge.openFile(input)),
  printToPdf: (input) => bridge.printToPdf(input),
  reportPrintStage: (stage) => bridge.reportPrintStage(stage),
  cancelPrint: () => bridge.cancelPrint(),
  onPrintStage: (listener) => bridge.onPrintStage(listener),
  setMenuLanguage: (language) => bridge.setMenuLanguage(language),
  onMenuCommand: (listener) => bridge.onMenuCommand(listener),
});
