import type { WorkbenchApi } from '@shared/ipc';
import { withWordedFileErrors } from './file-errors';
import { webPlatform } from './web';

/** The one way screens reach the platform: the desktop bridge when the preload exposed it, else the browser. */
export const platform: WorkbenchApi = window.workbench ? withWordedFileErrors(window.workbench) : webPlatform;
