import type { WorkbenchApi } from '@shared/ipc';

declare global {
  interface Window {
    /** Present only in the desktop app, where the preload script exposes it. */
    readonly workbench?: WorkbenchApi;
  }
  /** The app's version from package.json, injected at build time. */
  const __APP_VERSION__: string;
}
