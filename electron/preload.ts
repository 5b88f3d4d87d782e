import { contextBridge, ipcRenderer } from 'electron';
import type { z } from 'zod';
import {
  MENU_COMMAND_CHANNEL,
  PRINT_STAGE_CHANNEL,
  menuCommandSchema,
  printStageSchema,
  type FileResult,
  type IpcChannel,
  type IpcOutputs,
  type WorkbenchApi,
} from '../shared/ipc';

/**
 * The bridge: one object of named methods, each bound to one channel of shared/ipc.ts. Nothing generic
 * (no raw ipcRenderer, no channel parameter) crosses into the page.
 */
const invoke = <C extends IpcChannel>(channel: C, input?: unknown): Promise<FileResult<IpcOutputs[C]>> =>
  ipcRenderer.invoke(channel, input) as Promise<FileResult<IpcOutputs[C]>>;

/** Listens to one main → renderer channel, passing on only what its schema accepts; returns the unsubscribe. */
const subscribe = <T>(channel: string, schema: z.ZodType<T>, listener: (value: T) => void): (() => void) => {
  const receive = (_event: Electron.IpcRendererEvent, raw: unknown): void => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) listener(parsed.data);
  };
  ipcRenderer.on(channel, receive);
  return () => {
    ipcRenderer.off(channel, receive);
  };
};

const workbench = {
  platform: 'electron',
  getAppInfo: () => invoke('app:get-info'),
  saveFile: (input) => invoke('file:save', input),
  openFile: (input) => invoke('file:open', input),
  printToPdf: (input) => invoke('view:print-to-pdf', input),
  reportPrintStage: (stage) => invoke('view:report-print-stage', stage),
  cancelPrint: () => invoke('view:cancel-print'),
  onPrintStage: (listener) => subscribe(PRINT_STAGE_CHANNEL, printStageSchema, listener),
  setMenuLanguage: (language) => invoke('menu:set-language', language),
  onMenuCommand: (listener) => subscribe(MENU_COMMAND_CHANNEL, menuCommandSchema, listener),
} satisfies WorkbenchApi;

contextBridge.exposeInMainWorld('workbench', workbench);
