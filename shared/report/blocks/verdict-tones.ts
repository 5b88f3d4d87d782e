import type { VerdictSeverity } from '../index';

/**
 * The report's verdict scale, worst first: a finding of high severity, one of medium severity, and "clear"
 * when nothing calls for the board's attention.
 */
export const verdictToneValues = ['high', 'medium', 'clear'] as const;
export type VerdictTone = (typeof verdictToneValues)[number];

/** A finding's tone is its severity; typed so, a new severity in the model must find its tone here. */
export const verdictTone = (severity: VerdictSeverity): VerdictTone => severity;

/**
 * Red, amber and green, as hex RGB for the print page and the Word file alike: the tone's tag is filled
 * with `fill` and its word written in `ink` (each pair above 4.5:1 contrast). The word says the tone too,
 * so the scale reads on a black-and-white print.
 */
export const verdictColours: Readonly<Record<VerdictTone, { fill: string; ink: string }>> = {
  high: { fill: 'C92A2A', ink: 'FFFFFF' },
  medium: { fill: 'F59F00', ink: '1A1B1E' },
  clear: { fill: '2B8A3E', ink: 'FFFFFF' },
};
