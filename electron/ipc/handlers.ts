import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { app, dialog, type BrowserWindow, type WebContents } from 'electron';
import {
  PRINT_STAGE_CHANNEL,
  type IpcOutputs,
  type MenuLanguage,
  type PrintablePage,
  type PrintStage,
} from '../../shared/ipc';
import { createPrintGuard, defaultPrintTimings, printHiddenPage, type HiddenPrintPage } from '../print-job';
import { FileAccessError, fileErrorOf, pickedFileProblem } from './file-errors';
import { register } from './register';

export type IpcHandlerContext = {
  /** The window dialogs are attached to and printed from. */
  window: () => BrowserWindow | undefined;
  /** One page of the app in a window never shown, to print it. */
  hiddenPage: (page: PrintablePage, options: Electron.PrintToPDFOptions) => HiddenPrintPage;
  setMenuLanguage: (language: MenuLanguage) => void;
  devServerUrl?: string;
};

const pageOf = (context: IpcHandlerContext): WebContents => {
  const window = context.window();
  if (!window) throw new Error('the app window is closed');
  return window.webContents;
};

const withFileErrors = async <T>(fileName: string, access: () => Promise<T>): Promise<T> => {
  try {
    return await access();
  } catch (error) {
    throw new FileAccessError(fileErrorOf(error, fileName), { cause: error });
  }
};

/** Registers the handler of every channel of shared/ipc.ts. */
export const registerIpcHandlers = (context: IpcHandlerContext): void => {
  const { devServerUrl } = context;
  const printJob = createPrintGuard();
  /** The stage of the PDF export under way, to the app's window, which shows it. */
  const showStage: (stage: PrintStage) => void = (stage) => {
    const window = context.window();
    if (window && !window.isDestroyed()) window.webContents.send(PRINT_STAGE_CHANNEL, stage);
  };

  register(
    'app:get-info',
    (): IpcOutputs['app:get-info'] => ({
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron,
      chrome: process.versions.chrome,
    }),
    devServerUrl,
  );

  register(
    'file:save',
    async ({ suggestedName, data, filters }): Promise<IpcOutputs['file:save']> => {
      const window = context.window();
      const options = { defaultPath: suggestedName, filters };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      const { filePath } = choice;
      if (choice.canceled || !filePath) return { status: 'cancelled' };
      const fileName = basename(filePath);
      await withFileErrors(fileName, () => writeFile(filePath, data));
      return { status: 'saved', fileName };
    },
    devServerUrl,
  );

  register(
    'file:open',
    async ({ filters, maxBytes }): Promise<IpcOutputs['file:open']> => {
      const window = context.window();
      const options = { filters, properties: ['openFile' as const] };
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
      const fileName = basename(filePath);
      const picked = await withFileErrors(fileName, () => stat(filePath));
      const problem = pickedFileProblem(fileName, picked, maxBytes);
      if (problem) throw new FileAccessError(problem);
      const data = await withFileErrors(fileName, () => readFile(filePath));
      return { status: 'opened', fileName, data: new Uint8Array(data) };
    },
    devServerUrl,
  );

  register(
    'view:print-to-pdf',
    ({ landscape, page }): Promise<IpcOutputs['view:print-to-pdf']> =>
      printJob.run(async (control) => {
        const options = {
          landscape,
          pageSize: 'A4' as const,
          printBackground: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          // The page's own @page rules set the size, margins, running header and page numbers.
          preferCSSPageSize: true,
        };
        if (!page) return { kind: 'pdf', data: new Uint8Array(await pageOf(context).printToPDF(options)) };
        const data = await printHiddenPage(() => context.hiddenPage(page, options), defaultPrintTimings, {
          ...control,
          onPrinting: () => {
            control.onPrinting();
            showStage({ step: 'printing' });
          },
        });
        return data ? { kind: 'pdf', data } : { kind: 'cancelled' };
      }),
    devServerUrl,
  );

  register(
    'view:report-print-stage',
    (stage): IpcOutputs['view:report-print-stage'] => {
      // The report's print view also draws in the app's own window: only an export under way is shown.
      if (printJob.running()) showStage(stage);
      return null;
    },
    devServerUrl,
  );

  register('view:cancel-print', (): IpcOutputs['view:cancel-print'] => printJob.cancel(), devServerUrl);

  register(
    'menu:set-language',
    (language): IpcOutputs['menu:set-language'] => {
      context.setMenuLanguage(language);
      return null;
    },
    devServerUrl,
  );
};
