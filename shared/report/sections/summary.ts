import {
  isOpenRisk,
  riskLevelValues,
  type ConcentrationBand,
  type NetworkDomain,
  type RiskLevel,
} from '../../domain';
import type { ReportContext } from '../context';
import { figure, reportSources, type Figure } from '../sources';
import { buildHeatmaps, type HeatmapsSection } from './heatmaps';
import { toReportRisk, type ReportRisk } from './risk-rows';
import { buildTreatment } from './treatment';
import { highExposureShare, verdictSeverityValues, type Verdict } from './verdicts';

export interface HighestConcentration {
  domain: NetworkDomain;
  hhi: number;
  band: ConcentrationBand;
}

export interface KeyFigures {
  vendors: Figure;
  dependencies: Figure;
  /** Dependencies of criticality 4 or 5. */
  criticalDependencies: Figure;
  /** Share 0–1 of critical dependencies exposed to high or critical vendors; null without any. */
  criticalExposure: Figure<number | null>;
  /** Open (not closed) risks per residual level. */
  openRisksByLevel: Record<RiskLevel, Figure>;
  /** The domain with the highest HHI; null without dependencies. */
  highestConcentration: Figure<HighestConcentration | null>;
  /** Licences whose next date to act is at most 90 days away (deadlineStatus 'due-soon'). */
  noticeDueSoon: Figure;
  /** Auto-renewing licences whose notice date has passed (deadlineStatus 'missed'). */
  noticeMissed: Figure;
  /** Latest revisions approved, out of `assessments`. */
  assessmentsApproved: Figure;
  assessments: Figure;
  /** Latest revisions concluded 'blocker'. */
  blockers: Figure;
}

export interface SummarySection {
  keyFigures: KeyFigures;
  /** The five open risks with the highest residual score (ties: inherent score, then title). */
  topRisks: ReportRisk[];
  /** The inherent and residual heatmaps of the open risks, for the summary's one page. */
  heatmaps: HeatmapsSection;
  /** High severity first. */
  verdicts: Verdict[];
}

const countWhere = <T>(items: Iterable<T>, test: (item: T) => boolean): number => {
  let count = 0;
  for (const item of items) if (test(item)) count += 1;
  return count;
};

const countVerdicts = (
  counts: ReadonlyArray<[Extract<Verdict, { count: number }>['code'], number, Verdict['severity'], string]>,
): Verdict[] =>
  counts.flatMap(([code, count, severity, source]) => (count > 0 ? [{ code, count, severity, source }] : []));

/** The executive summary: key figures, the heatmaps, the top five risks and the coded verdicts (design §4). */
export const buildSummary = (context: ReportContext): SummarySection => {
  const { scoped } = context;
  const openRisks = context.scoredRisks().filter(({ risk }) => isOpenRisk(risk));
  const openByLevel = Object.fromEntries(
    riskLevelValues.map((level) => [
      level,
      figure(
        countWhere(openRisks, (risk) => risk.residualLevel === level),
        reportSources.risks,
      ),
    ]),
  ) as Record<RiskLevel, Figure>;
  const concentration = context.concentration();
  const highest = concentration.reduce<HighestConcentration | null>(
    (top, { domain, hhi, band }) => (top && top.hhi >= hhi ? top : { domain, hhi, band }),
    null,
  );
  const exposure = context.criticalExposure();
  const statuses = [...context.licenceStatuses().values()];
  const latest = context.latestAssessments();
  const blockers = countWhere(latest, (assessment) => assessment.conclusion === 'blocker');
  const missed = countWhere(statuses, (status) => status === 'missed');
  const dueSoon = countWhere(statuses, (status) => status === 'due-soon');

  const verdicts: Verdict[] = [
    ...concentration
      .filter(({ band }) => band === 'high')
      .sort((a, b) => b.hhi - a.hhi)
      .map(({ domain, hhi }): Verdict => {
        const verdict = { code: 'highConcentration', domain, hhi } as const;
        return { ...verdict, severity: 'high', source: reportSources.dependencies };
      }),
    ...(exposure.share !== null && exposure.exposedIds.length > 0
      ? [
          {
            code: 'criticalExposure',
            share: exposure.share,
            exposed: exposure.exposedIds.length,
            critical: exposure.criticalCount,
            severity: exposure.share >= highExposureShare ? 'high' : 'medium',
            source: reportSources.dashboard,
          } as const,
        ]
      : []),
    ...countVerdicts([
      ['criticalRisks', openByLevel.critical.value, 'high', reportSources.risks],
      ['missedNotice', missed, 'high', reportSources.licences],
      ['assessmentBlockers', blockers, 'high', reportSources.assessments],
      ['noticeDueSoon', dueSoon, 'medium', reportSources.licences],
      ['overdueActions', buildTreatment(context).overdueCount, 'medium', reportSources.actions],
    ]),
  ].sort((a, b) => verdictSeverityValues.indexOf(a.severity) - verdictSeverityValues.indexOf(b.severity));

  return {
    keyFigures: {
      vendors: figure(scoped.vendors.length, reportSources.vendors),
      dependencies: figure(scoped.dependencies.length, reportSources.dependencies),
      criticalDependencies: figure(exposure.criticalCount, reportSources.dependencies),
      criticalExposure: figure(exposure.share, reportSources.dashboard),
      openRisksByLevel: openByLevel,
      highestConcentration: figure(highest, reportSources.dependencies),
      noticeDueSoon: figure(dueSoon, reportSources.licences),
      noticeMissed: figure(missed, reportSources.licences),
      assessmentsApproved: figure(
        countWhere(latest, (assessment) => assessment.status === 'approved'),
        reportSources.assessments,
      ),
      assessments: figure(latest.length, reportSources.assessments),
      blockers: figure(blockers, reportSources.assessments),
    },
    topRisks: openRisks.slice(0, 5).map(toReportRisk),
    heatmaps: buildHeatmaps(context),
    verdicts,
  };
};
