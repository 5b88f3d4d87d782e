import type { z } from 'zod';
import {
  ipcContract,
  type FileResult,
  type IpcChannel,
  type IpcInput,
  type IpcOutputs,
} from '../../shared/ipc';
import { err } from '../../shared/result';
import { isAppUrl } from '../navigation-policy';
import { FileAccessError } from './file-errors';

export type IpcHandler<C extends IpcChannel> = (input: IpcInput<C>) => Promise<IpcOutputs[C]> | IpcOutputs[C];

/** "field: problem; other.field: problem" — names exactly what was wrong with a payload. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ');

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Every IPC call goes through here: the sender must be the app's own page, the payload must pass the
 * channel's schema, and whatever the handler throws comes back as a Result the renderer can show (a file
 * error with its message key, for the renderer to word). Pure (no Electron import) so that each refusal is
 * proved by a unit test.
 */
export const handleIpcCall = async <C extends IpcChannel>(
  channel: C,
  rawInput: unknown,
  senderUrl: string | undefined,
  handler: IpcHandler<C>,
  devServerUrl?: string,
): Promise<FileResult<IpcOutputs[C]>> => {
  if (senderUrl === undefined || !isAppUrl(senderUrl, devServerUrl)) {
    return err(`${channel}: refused a call from ${senderUrl ?? 'an unknown frame'}, which is not the app`);
  }
  const parsed = ipcContract[channel].safeParse(rawInput);
  if (!parsed.success) return err(`${channel}: invalid input: ${describeIssues(parsed.error.issues)}`);
  try {
    return { ok: true, value: await handler(parsed.data as IpcInput<C>) };
  } catch (error) {
    if (error instanceof FileAccessError) {
      return { ok: false, error: `${channel}: ${error.message}`, fileError: error.fileError };
    }
    return err(`${channel}: ${messageOf(error)}`);
  }
};
