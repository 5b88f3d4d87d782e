import type { dependencies as en } from '../en/dependencies';
import type { Translations } from '../types';

export const dependencies: Translations<typeof en> = {
  title: '',
};
