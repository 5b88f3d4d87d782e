import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { APP_NAME } from '../shared/app-identity';
import { MENU_COMMAND_CHANNEL, type MenuLanguage } from '../shared/ipc';
import { externalLinkDialog, openExternalLink } from './external-link';
import { registerIpcHandlers } from './ipc/handlers';
import { chromiumLocale, readLanguagePreference, writeLanguagePreference } from './language-preference';
import { menuTemplate } from './menu-template';
import { isAppUrl } from './navigation-policy';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySessionPolicy } from './session-policy';
import { createMainWindow, hiddenPrintPage } from './window';

// The profile folder (and so the user's IndexedDB) is keyed by this name: it is pinned by a test.
app.setName(APP_NAME);
// The Electron smoke test (tests/electron) runs on a profile of its own, never the user's workspace.
const testProfile = app.isPackaged ? undefined : process.env['WORKBENCH_TEST_PROFILE'];
if (testProfile) app.setPath('userData', testProfile);
registerAppScheme();

// Native fields (date inputs) follow Chromium's locale, which is set only before the app is ready: the
// language chosen last run. A change made now applies to them at the next start.
const startLanguage = readLanguagePreference(app.getPath('userData'));
const locale = chromiumLocale(startLanguage);
if (locale) app.commandLine.appendSwitch('lang', locale);

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const preloadPath = fileURLToPath(new URL('../preload/preload.cjs', import.meta.url));
const rendererFolder = fileURLToPath(new URL('../renderer', import.meta.url));

let mainWindow: BrowserWindow | undefined;
let menuLanguage: MenuLanguage = startLanguage ?? 'en';

const buildMenu = (): void => {
  const template = menuTemplate({
    language: menuLanguage,
    platform: process.platform,
    isDevelopment: devServerUrl !== undefined,
    send: (command) => mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
};

/** Asks, in the user's language, before a link leaves the app for their browser. */
const confirmLink = async (url: string): Promise<boolean> => {
  const options = externalLinkDialog(url, menuLanguage);
  const { response } = mainWindow
    ? await dialog.showMessageBox(mainWindow, options)
    : await dialog.showMessageBox(options);
  return response === 0;
};

const openLink = (url: string): void => {
  void openExternalLink(url, { confirm: confirmLink, open: (address) => shell.openExternal(address) });
};

const openWindow = (): void => {
  mainWindow = createMainWindow({ preloadPath, devServerUrl, openLink });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
};

// A second launch focuses the window already open instead of racing it for the same database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Any web contents created later (a devtools page, an accidental webview) gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const appSession = session.defaultSession;
    applySessionPolicy(appSession, (url) => isAppUrl(url, devServerUrl));
    serveRenderer(appSession, rendererFolder);
    registerIpcHandlers({
      window: () => mainWindow,
      hiddenPage: (page, options) => hiddenPrintPage({ preloadPath, devServerUrl, openLink }, page, options),
      setMenuLanguage: (language) => {
        if (language !== readLanguagePreference(app.getPath('userData'))) {
          try {
            writeLanguagePreference(app.getPath('userData'), language);
          } catch {
            // Only the next start's date fields depend on it: the app works on without.
          }
        }
        menuLanguage = language;
        buildMenu();
      },
      devServerUrl,
    });
    buildMenu();
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
