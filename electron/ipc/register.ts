import { ipcMain } from 'electron';
import type { IpcChannel } from '../../shared/ipc';
import { handleIpcCall, type IpcHandler } from './validate';

/** The one way main answers the renderer: through handleIpcCall's sender check, schema and Result. */
export const register = <C extends IpcChannel>(
  channel: C,
  handler: IpcHandler<C>,
  devServerUrl?: string,
): void => {
  ipcMain.handle(channel, (event, rawInput: unknown) =>
    handleIpcCall(channel, rawInput, event.senderFrame?.url, handler, devServerUrl),
  );
};
