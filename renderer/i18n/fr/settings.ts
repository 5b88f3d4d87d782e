import type { settings as en } from '../en/settings';
import type { Translations } from '../types';

export const settings: Translations<typeof en> = {
  title: 'Paramètres',
  profile: {
    title: 'Vous et votre organisation',
    description:
      'Votre nom est enregistré comme auteur de chaque modification. Le nom de l’organisation figure sur les rapports.',
    userName: 'Votre nom',
    userNameHint: 'Affiché dans le journal d’audit à côté de chaque modification.',
    organisationName: 'Nom de l’organisation',
    organisationCountry: 'Pays de l’organisation',
    organisationCountryPlaceholder: 'Choisissez un pays',
    save: 'Enregistrer',
    saved: 'Paramètres enregistrés.',
    saveFailed: 'Les paramètres n’ont pas pu être enregistrés : {{reason}}',
  },
  language: {
    title: 'Langue',
    label: 'Langue de l’application',
    en: 'English',
    fr: 'Français',
  },
  signOff: {
    title: 'Validation',
    allow: 'Autoriser la validation par une seule personne',
    description:
      'Désactivée (recommandé) : une évaluation est approuvée par une autre personne que celle qui l’a créée ou a modifié ses réponses en dernier, si bien que chaque approbation est un second regard. Ne l’activez que si une même personne doit faire les deux ; chaque approbation ainsi faite est signalée sur l’évaluation et listée dans le rapport au conseil.',
    saved: 'Règle de validation enregistrée.',
    saveFailed: 'La règle de validation n’a pas pu être enregistrée : {{reason}}',
  },
  storage: {
    title: 'Stockage',
    persistent: 'Ce navigateur s’est engagé à conserver vos données même si l’espace disque vient à manquer.',
    bestEffort:
      'Ce navigateur peut supprimer vos données si l’espace disque vient à manquer. Sauvegardez régulièrement votre espace de travail ou utilisez l’application de bureau.',
    unknown:
      'Ce navigateur n’indique pas s’il conservera vos données. Sauvegardez régulièrement votre espace de travail.',
  },
};
