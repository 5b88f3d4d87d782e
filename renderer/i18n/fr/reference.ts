import type { reference as en } from '../en/reference';
import type { Translations } from '../types';

export const reference: Translations<typeof en> = {
  title: '',
};
