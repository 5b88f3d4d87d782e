import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../shared/app-identity';
import { whenReportReadyScript } from '../shared/report/print-ready';
import { shouldAllowNavigation } from './navigation-policy';
import type { HiddenPrintPage } from './print-job';
import { windowOptions } from './window-options';

export type WindowSources = {
  preloadPath: string;
  /** electron-vite's dev server in development; the app:// origin otherwise. */
  devServerUrl?: string;
  /** What a link the page opens in a new window leads to: the allowlist, then the user's confirmation. */
  openLink: (url: string) => void;
};

/**
 * The window factory of the app. Navigation away from the app and new windows are denied; a link to a page of
 * an allowed site may open in the user's browser instead, so nothing foreign ever runs with the bridge attached.
 */
const createGuardedWindow = ({ preloadPath, devServerUrl, openLink }: WindowSources): BrowserWindow => {
  const window = new BrowserWindow(windowOptions(preloadPath));
  const contents = window.webContents;

  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
  const guard = (event: Electron.Event, url: string): void => {
    if (!shouldAllowNavigation(url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => guard(event, event.url));
  contents.on('will-redirect', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
};

const appUrl = (devServerUrl: string | undefined, page = '/'): string =>
  `${devServerUrl ?? `${APP_ORIGIN}/index.html`}#${page}`;

/** The app's window, shown once its first paint is ready. */
export const createMainWindow = (sources: WindowSources): BrowserWindow => {
  const window = createGuardedWindow(sources);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl(sources.devServerUrl));
  return window;
};

/**
 * A window never shown, holding one page of the app (the board report to print), under the same security
 * settings and navigation guards as the app's window; printHiddenPage loads, prints and closes it.
 */
export const hiddenPrintPage = (
  sources: WindowSources,
  page: string,
  options: Electron.PrintToPDFOptions,
): HiddenPrintPage => {
  const window = createGuardedWindow(sources);
  return {
    load: () => window.loadURL(appUrl(sources.devServerUrl, page)),
    drawn: () => window.webContents.executeJavaScript(whenReportReadyScript),
    print: async () => new Uint8Array(await window.webContents.printToPDF(options)),
    close: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
};
