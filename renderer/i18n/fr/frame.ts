import type { frame as en } from '../en/frame';
import type { Translations } from '../types';

export const frame: Translations<typeof en> = {
  appName: 'Diligence Workbench',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  toggleNavigation: 'Afficher ou masquer la navigation',
  nav: {
    dashboard: 'Tableau de bord',
    vendors: 'Fournisseurs',
    dependencies: 'Dépendances',
    licences: 'Licences',
    risks: 'Risques',
    decisions: 'Décisions',
    checklists: 'Listes de contrôle',
    standards: 'Normes',
    calendar: 'Calendrier',
    reports: 'Rapports',
    activity: 'Activité',
    settings: 'Paramètres',
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Cette adresse ne mène à aucun écran de l’atelier.',
    action: 'Aller au tableau de bord',
  },
  about: {
    title: 'À propos de {{name}}',
    version: 'Version {{version}}',
    platformElectron: 'Application de bureau (Electron {{electron}}, Chromium {{chrome}})',
    platformWeb: 'Application web dans ce navigateur',
    dataLocation: 'Vos données restent sur cet ordinateur, dans la base locale de l’application.',
    close: 'Fermer',
  },
  unsavedChanges: {
    title: 'Quitter sans enregistrer ?',
    body: 'Certaines modifications ne sont pas enregistrées. Si vous quittez maintenant, elles seront perdues.',
    stay: 'Rester et continuer',
    leave: 'Quitter sans enregistrer',
  },
};
