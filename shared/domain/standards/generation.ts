/**
 * Mobile generations a standard or a declared patent belongs to. `other` is for what spans generations or
 * is not 3GPP at all (IMS, MAP, ETSI's own deliverables): a generation tag never covers it.
 */
export const generationValues = ['2G', '3G', '4G', '5G', 'other'] as const;
export type Generation = (typeof generationValues)[number];

/** The four generations ETSI flags on each declared patent (the 2G–5G columns of its ISLD export). */
export const flaggedGenerations = ['2G', '3G', '4G', '5G'] as const;
export type FlaggedGeneration = (typeof flaggedGenerations)[number];

export const isFlaggedGeneration = (value: string | undefined): value is FlaggedGeneration =>
  value === '2G' || value === '3G' || value === '4G' || value === '5G';
