import type { common as en } from '../en/common';
import type { Translations } from '../types';

export const common: Translations<typeof en> = {
  unnamedUser: 'Utilisateur sans nom',
  loading: 'Chargement…',
  errors: {
    quota:
      'Le disque est plein ou l’application a atteint son quota de stockage : rien n’a été enregistré. Libérez de l’espace et réessayez.',
    unexpected: 'Une erreur est survenue : {{message}}',
  },
  table: {
    rowCount_one: '{{count}} ligne',
    rowCount_other: '{{count}} lignes',
  },
};
