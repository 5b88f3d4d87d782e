import type { concentration as en } from '../en/concentration';
import type { Translations } from '../types';

export const concentration: Translations<typeof en> = {
  title: '',
};
