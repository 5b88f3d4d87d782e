import type { ConcentrationBand } from '@shared/domain';

/** Mantine colour per band, as the concentration screen colours them; the band's name is always beside it. */
export const bandColor: Readonly<Record<ConcentrationBand, string>> = {
  unconcentrated: 'green',
  moderate: 'yellow',
  high: 'red',
};
