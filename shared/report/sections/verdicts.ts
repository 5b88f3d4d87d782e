import type { NetworkDomain } from '../../domain';

export const verdictSeverityValues = ['high', 'medium'] as const;
export type VerdictSeverity = (typeof verdictSeverityValues)[number];

interface VerdictBase {
  severity: VerdictSeverity;
  source: string;
}

/** A coded finding of the executive summary; the renderer words it in the report's language. */
export type Verdict = VerdictBase &
  (
    | { code: 'highConcentration'; domain: NetworkDomain; hhi: number }
    | { code: 'criticalExposure'; share: number; exposed: number; critical: number }
    | { code: 'criticalRisks'; count: number }
    | { code: 'missedNotice'; count: number }
    | { code: 'assessmentBlockers'; count: number }
    | { code: 'noticeDueSoon'; count: number }
    | { code: 'overdueActions'; count: number }
  );

export type VerdictCode = Verdict['code'];

/** From this share of critical dependencies exposed to high-risk vendors, the finding is of high severity. */
export const highExposureShare = 0.25;
