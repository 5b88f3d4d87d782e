import type { recovery as en } from '../en/recovery';
import type { Translations } from '../types';

export const recovery: Translations<typeof en> = {
  title: 'Votre espace de travail n’a pas pu être ouvert',
  body: 'La base de données locale ne s’est pas ouverte : rien n’est affiché plutôt qu’un espace de travail vide. Vos données n’ont pas été supprimées.',
  reasonLabel: 'Ce que la base de données a signalé',
  reasons: {
    version:
      'La base a été créée par une version plus récente de Diligence Workbench. Installez cette version (ou une plus récente) pour l’ouvrir.',
    blocked:
      'Une autre fenêtre de Diligence Workbench garde la base ouverte. Fermez les autres fenêtres, puis réessayez.',
    quota: 'Le disque est plein. Libérez de l’espace disque, puis réessayez.',
    unavailable:
      'Ce navigateur n’autorise pas le stockage local ici (par exemple en navigation privée). Utilisez une fenêtre normale ou l’application de bureau.',
    unknown: 'La base de données a signalé une erreur que l’application ne reconnaît pas.',
  },
  retry: 'Réessayer',
  copyDetails: 'Copier les détails techniques',
  copied: 'Copié',
};
