import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/app-identity';

/**
 * The one set of options every window is created with. Kept pure so a unit test can prove the security
 * settings (Electron's checklist items 2–4, 6 and 9) without launching the binary.
 */
export const windowOptions = (preloadPath: string): BrowserWindowConstructorOptions => ({
  title: APP_NAME,
  width: 1360,
  height: 880,
  minWidth: 960,
  minHeight: 600,
  // Shown once the first paint is ready, so the user never sees a blank white frame.
  show: false,
  backgroundColor: '#ffffff',
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Off: its dictionaries come from the network on Windows and Linux (see session-policy.ts).
    spellcheck: false,
  },
});
