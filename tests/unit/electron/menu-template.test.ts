import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../../electron/menu-template';
import type { MenuCommand, MenuLanguage } from '../../../shared/ipc';

const build = (language: MenuLanguage, platform: NodeJS.Platform, isDevelopment = false) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  return { send, template: menuTemplate({ language, platform, isDevelopment, send }) };
};

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

const find = (items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined =>
  items.find((item) => item.label === label);

const click = (item: MenuItemConstructorOptions | undefined): void => {
  // The click handler's Electron arguments are unused by our items.
  (item?.click as (() => void) | undefined)?.();
};

describe('native menu', () => {
  it('offers File, Edit, View and Help in English on Windows and Linux', () => {
    const { template } = build('en', 'win32');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenuOf(template[0]).map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'New vendor…',
      'separator',
      'Import…',
      'Export…',
      'separator',
      'Quit',
    ]);
  });

  it('translates every label to French', () => {
    const { template } = build('fr', 'linux');
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    const file = submenuOf(template[0]);
    expect(find(file, 'Nouveau fournisseur…')).toBeDefined();
    expect(find(file, 'Importer…')).toBeDefined();
    expect(find(file, 'Exporter…')).toBeDefined();
    expect(find(submenuOf(template[3]), 'À propos de Diligence Workbench')).toBeDefined();
  });

  it('sends each command to the renderer when its item is clicked', () => {
    const { template, send } = build('en', 'linux');
    const file = submenuOf(template[0]);
    click(find(file, 'New vendor…'));
    click(find(file, 'Import…'));
    click(find(file, 'Export…'));
    click(find(submenuOf(template[3]), 'About Diligence Workbench'));
    expect(send.mock.calls.map(([command]) => command)).toEqual(['new-vendor', 'import', 'export', 'about']);
  });

  it('follows macOS conventions: an app menu holding About and Quit, and a Window menu', () => {
    const { template, send } = build('en', 'darwin');
    expect(template.map((item) => item.label)).toEqual([
      'Diligence Workbench',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const appMenu = submenuOf(template[0]);
    click(find(appMenu, 'About Diligence Workbench'));
    expect(send).toHaveBeenCalledWith('about');
    expect(appMenu.some((item) => item.role === 'quit')).toBe(true);
    expect(submenuOf(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('offers developer tools only while developing', () => {
    const roles = (isDevelopment: boolean) =>
      submenuOf(build('en', 'linux', isDevelopment).template[2]).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
