import type { importer as en } from '../en/importer';
import type { Translations } from '../types';

export const importer: Translations<typeof en> = {
  title: '',
};
