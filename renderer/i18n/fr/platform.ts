import type { platform as en } from '../en/platform';
import type { Translations } from '../types';

export const platform: Translations<typeof en> = {
  fileTooLarge: '{{name}} pèse {{size}}, plus que les {{limit}} acceptés pour cet import.',
  fileUnreadable: '{{name}} n’a pas pu être lu. Vérifiez qu’il existe toujours et que vous pouvez l’ouvrir.',
};
