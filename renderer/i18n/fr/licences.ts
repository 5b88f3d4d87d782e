import type { licences as en } from '../en/licences';
import type { Translations } from '../types';

export const licences: Translations<typeof en> = {
  title: '',
};
