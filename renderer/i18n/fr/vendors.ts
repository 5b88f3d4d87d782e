import type { vendors as en } from '../en/vendors';
import type { Translations } from '../types';

export const vendors: Translations<typeof en> = {
  title: '',
};
