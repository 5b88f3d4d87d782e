import type { ConcentrationBand } from '@shared/domain';

/** Mantine colour per band; the band's name is always written beside it, so colour is never the only cue. */
export const bandColor: Readonly<Record<ConcentrationBand, string>> = {
  unconcentrated: 'green',
  moderate: 'yellow',
  high: 'red',
};
