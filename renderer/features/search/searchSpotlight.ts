import { createSpotlight } from '@mantine/spotlight';

/** The global search's own spotlight store, so the header button and Ctrl/Cmd+K open the same dialog. */
export const [searchStore, searchSpotlight] = createSpotlight();

/** How the shortcut is written on this platform: ⌘ K on a Mac, Ctrl K elsewhere. */
export const shortcutLabel = (): string =>
  /Mac|iPhone|iPad/.test(typeof navigator === 'undefined' ? '' : navigator.userAgent) ? '⌘ K' : 'Ctrl K';
