import type { RiskLevel } from '../../domain';

/** The report's tones as Word colours (hex RGB): cell shading for tables, text colour for paragraphs. */
export type Tone = 'high' | 'medium' | 'low';

export const toneShading: Record<RiskLevel, string> = {
  critical: 'F4A7A7',
  high: 'FBD5D5',
  medium: 'FDE9C4',
  low: 'D9F0DF',
};

export const toneText: Record<Tone | 'note', string> = {
  high: 'B42318',
  medium: 'A15C07',
  low: '1E7B45',
  note: '5F6B7A',
};
