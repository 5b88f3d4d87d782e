import type { platform as en } from '../en/platform';
import type { Translations } from '../types';

export const platform: Translations<typeof en> = {
  fileUnreadable: '{{name}} n’a pas pu être lu. Vérifiez qu’il existe toujours et que vous pouvez l’ouvrir.',
  fileError: {
    diskFull: 'Le disque est plein : {{name}} n’a pas été enregistré. Libérez de la place et réessayez.',
    noPermission: 'Vous n’avez pas l’autorisation d’écrire ou de lire {{name}}. Choisissez un autre dossier.',
    readOnly: '{{name}} se trouve sur un disque en lecture seule. Choisissez un autre dossier.',
    notFound: '{{name}} n’existe plus.',
    isFolder: '{{name}} est un dossier, pas un fichier.',
    notAFile:
      '{{name}} n’est pas un fichier (un dossier, un périphérique ou un tube) ; choisissez un fichier.',
    tooLarge: '{{name}} pèse {{size}} Mo, plus que les {{limit}} Mo acceptés pour cet import.',
    unknown: 'Impossible d’accéder à {{name}} : {{detail}}',
  },
};
