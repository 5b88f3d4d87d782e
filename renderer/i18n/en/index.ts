import { common } from './common';
import { frame } from './frame';
import { recovery } from './recovery';
import { sections } from './sections';
import { settings } from './settings';
import { validation } from './validation';
import { platform } from './platform';

export const en = { common, frame, recovery, sections, settings, validation, platform } as const;
