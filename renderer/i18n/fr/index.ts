import type { en } from '../en';
import type { Translations } from '../types';
import { common } from './common';
import { frame } from './frame';
import { recovery } from './recovery';
import { sections } from './sections';
import { settings } from './settings';
import { validation } from './validation';
import { platform } from './platform';

export const fr: Translations<typeof en> = {
  common,
  frame,
  recovery,
  sections,
  settings,
  validation,
  platform,
};
