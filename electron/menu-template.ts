import type { MenuItemConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/app-identity';
import type { MenuCommand, MenuLanguage } from '../shared/ipc';
import { menuLabels } from './menu-labels';

export type MenuTemplateOptions = {
  language: MenuLanguage;
  platform: NodeJS.Platform;
  /** Developer tools and reload are offered only while developing. */
  isDevelopment: boolean;
  /** Delivers a command to the renderer, which owns every screen the menu opens. */
  send: (command: MenuCommand) => void;
};

/**
 * The native menu as data, so tests can check its labels and that each command reaches the renderer.
 * Edit and View items use Electron roles: the operating system then provides their shortcuts and
 * behaviour (copy, paste, zoom) in the user's conventions.
 */
export const menuTemplate = ({
  language,
  platform,
  isDevelopment,
  send,
}: MenuTemplateOptions): MenuItemConstructorOptions[] => {
  const labels = menuLabels[language];
  const isMac = platform === 'darwin';
  const command = (id: MenuCommand) => (): void => send(id);

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: APP_NAME,
          submenu: [
            { label: labels.about, click: command('about') },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', label: labels.quit },
          ],
        },
      ]
    : [];

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.newVendor, accelerator: 'CmdOrCtrl+N', click: command('new-vendor') },
      { type: 'separator' },
      { label: labels.import, accelerator: 'CmdOrCtrl+O', click: command('import') },
      { label: labels.export, accelerator: 'CmdOrCtrl+E', click: command('export') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: labels.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...(isDevelopment
        ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: labels.window, role: 'windowMenu' }]
    : [];

  const helpMenu: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: isMac ? [] : [{ label: labels.about, click: command('about') }],
  };

  return [...appMenu, fileMenu, editMenu, viewMenu, ...windowMenu, helpMenu];
};
