import { contextBridge, ipcRenderer } from 'electron';
import {
  MENU_COMMAND_CHANNEL,
  menuCommandSchema,
  type FileResult,
  type IpcChannel,
  type IpcOutputs,
  type MenuCommand,
  type WorkbenchApi,
} from '../shared/ipc';

/**
 * The bridge: one object of named methods, each bound to one channel of shared/ipc.ts. Nothing generic
 * (no raw ipcRenderer, no channel parameter) crosses into the page.
 */
const invoke = <C extends IpcChannel>(channel: C, input?: unknown): Promise<FileResult<IpcOutputs[C]>> =>
  ipcRenderer.invoke(channel, input) as Promise<FileResult<IpcOutputs[C]>>;

const workbench = {
  platform: 'electron',
  getAppInfo: () => invoke('app:get-info'),
  saveFile: (input) => invoke('file:save', input),
  openFile: (input) => invoke('file:open', input),
  printToPdf: (input) => invoke('view:print-to-pdf', input),
  setMenuLanguage: (language) => invoke('menu:set-language', language),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    const receive = (_event: Electron.IpcRendererEvent, raw: unknown): void => {
      const parsed = menuCommandSchema.safeParse(raw);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, receive);
    return () => {
      ipcRenderer.off(MENU_COMMAND_CHANNEL, receive);
    };
  },
} satisfies WorkbenchApi;

contextBridge.exposeInMainWorld('workbench', workbench);
