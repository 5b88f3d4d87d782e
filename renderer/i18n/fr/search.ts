import type { search as en } from '../en/search';
import type { Translations } from '../types';

export const search: Translations<typeof en> = {
  title: '',
};
