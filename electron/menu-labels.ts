import type { MenuLanguage } from '../shared/ipc';

/**
 * The native menu's words. The menu lives in the main process, which has no i18next, so its few labels are
 * kept here in both languages; the renderer tells the main process which one the user chose.
 */
export type MenuLabels = {
  file: string;
  newVendor: string;
  import: string;
  export: string;
  quit: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  about: string;
};

export const menuLabels: Readonly<Record<MenuLanguage, MenuLabels>> = {
  en: {
    file: 'File',
    newVendor: 'New vendor…',
    import: 'Import…',
    export: 'Export…',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Diligence Workbench',
  },
  fr: {
    file: 'Fichier',
    newVendor: 'Nouveau fournisseur…',
    import: 'Importer…',
    export: 'Exporter…',
    quit: 'Quitter',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Diligence Workbench',
  },
};
