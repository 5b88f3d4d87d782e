import type { exposure as en } from '../en/exposure';
import type { Translations } from '../types';

export const exposure: Translations<typeof en> = {
  title: '',
};
