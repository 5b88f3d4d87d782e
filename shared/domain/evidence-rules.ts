import { daysFrom } from './calendar';
import type { EvidenceRecord } from './evidence';

/** The largest evidence file accepted: 25 MB, so a workspace stays small enough to back up and restore. */
export const maxEvidenceBytes = 25 * 1024 * 1024;

/** Evidence this close to its validity date is flagged before it lapses. */
export const evidenceExpiringDays = 30;

export type EvidenceValidity = 'valid' | 'expiring' | 'expired' | 'undated';

/** Whether evidence still proves what it was attached for on `today` (YYYY-MM-DD); its last valid day counts. */
export const evidenceValidity = (
  evidence: Pick<EvidenceRecord, 'validUntil'>,
  today: string,
): EvidenceValidity => {
  if (!evidence.validUntil) return 'undated';
  const left = daysFrom(today, evidence.validUntil);
  if (left < 0) return 'expired';
  return left <= evidenceExpiringDays ? 'expiring' : 'valid';
};

/** SHA-256 of the file's bytes as 64 lower-case hex digits (Web Crypto: the same in the app and in Node). */
export const sha256Hex = async (bytes: Uint8Array<ArrayBuffer>): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
};
