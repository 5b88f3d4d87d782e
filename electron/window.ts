import { BrowserWindow, shell } from 'electron';
import { APP_ORIGIN } from '../shared/app-identity';
import { isExternalLinkAllowed, shouldAllowNavigation } from './navigation-policy';
import { windowOptions } from './window-options';

export type WindowSources = {
  preloadPath: string;
  /** electron-vite's dev server in development; the app:// origin otherwise. */
  devServerUrl?: string;
};

/**
 * The one window factory. Navigation away from the app and new windows are denied; a link to a web page
 * opens in the user's browser instead, so nothing foreign ever runs with the bridge attached.
 */
export const createMainWindow = ({ preloadPath, devServerUrl }: WindowSources): BrowserWindow => {
  const window = new BrowserWindow(windowOptions(preloadPath));
  const contents = window.webContents;

  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const guard = (event: Electron.Event, url: string): void => {
    if (!shouldAllowNavigation(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
};
