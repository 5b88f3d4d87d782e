import type { risks as en } from '../en/risks';
import type { Translations } from '../types';

export const risks: Translations<typeof en> = {
  title: '',
};
