import {
  addMonths,
  clauseNames,
  licenceClass,
  noticeDeadline,
  type ClauseName,
  type DeadlineStatus,
  type Licence,
  type LicenceClass,
  type RoyaltyBasis,
} from '../../domain';
import type { ReportContext } from '../context';
import { reportSources } from '../sources';
import { sbomCopyleft, type DependencyCopyleft } from './sbom-copyleft';

export interface NoticeDeadlineRow {
  licenceId: string;
  title: string;
  vendorName?: string;
  /** YYYY-MM-DD: endDate − noticeDays. */
  deadline: string;
  endDate: string;
  autoRenew: boolean;
  status: DeadlineStatus;
  source: string;
}

export interface MissingClausesRow {
  licenceId: string;
  title: string;
  vendorName?: string;
  /** The protective clauses answered 'no', in the order of the licence form. */
  clauses: ClauseName[];
  source: string;
}

export interface CopyleftLicenceRow {
  licenceId: string;
  title: string;
  spdxExpression: string;
  licenceClass: LicenceClass;
  source: string;
}

export interface SepTermsRow {
  licenceId: string;
  title: string;
  vendorName?: string;
  standard?: string;
  frand?: boolean;
  royaltyBasis?: RoyaltyBasis;
  annualCost?: number;
  currency?: string;
  fieldOfUse?: string;
  source: string;
}

export interface LicencesSection {
  /** Notice deadlines from the report's date to twelve months later, soonest first. */
  noticeDeadlines: NoticeDeadlineRow[];
  missingClauses: MissingClausesRow[];
  /** Licences whose SPDX expression is strong or network copyleft. */
  copyleftLicences: CopyleftLicenceRow[];
  /** Dependencies whose SBOM holds copyleft components, most first. */
  sbomCopyleft: DependencyCopyleft[];
  /** Standard-essential patent licences (type patent-sep) with their royalty terms. */
  sepTerms: SepTermsRow[];
  source: string;
}

export const noticeHorizonMonths = 12;

const demandingClasses: ReadonlySet<LicenceClass> = new Set(['strong-copyleft', 'network-copyleft']);

const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title);

/** Licences and contracts (design §4): deadlines, missing protective clauses, copyleft, SEP/FRAND terms. */
export const buildLicences = (context: ReportContext): LicencesSection => {
  const { data, scoped } = context;
  const statuses = context.licenceStatuses();
  const until = addMonths(data.today, noticeHorizonMonths);
  const vendorOf = (licence: Licence) =>
    licence.vendorId === undefined ? {} : { vendorName: context.vendorName(licence.vendorId) };
  const sorted = [...scoped.licences].sort(byTitle);

  const noticeDeadlines = sorted
    .flatMap((licence): NoticeDeadlineRow[] => {
      const deadline = noticeDeadline(licence);
      if (!deadline || !licence.endDate || deadline < data.today || deadline > until) return [];
      return [
        {
          licenceId: licence.id,
          title: licence.title,
          ...vendorOf(licence),
          deadline,
          endDate: licence.endDate,
          autoRenew: licence.autoRenew,
          status: statuses.get(licence.id) ?? 'unknown',
          source: reportSources.licence(licence.id),
        },
      ];
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline));

  const missingClauses = sorted.flatMap((licence): MissingClausesRow[] => {
    const clauses = clauseNames.filter((name) => licence.clauses[name] === 'no');
    if (clauses.length === 0) return [];
    const row = { licenceId: licence.id, title: licence.title, ...vendorOf(licence), clauses };
    return [{ ...row, source: reportSources.licence(licence.id) }];
  });

  const copyleftLicences = sorted.flatMap((licence): CopyleftLicenceRow[] => {
    if (!licence.spdxExpression) return [];
    const spdxClass = licenceClass(licence.spdxExpression);
    if (!demandingClasses.has(spdxClass)) return [];
    const { id, title, spdxExpression } = licence;
    return [
      { licenceId: id, title, spdxExpression, licenceClass: spdxClass, source: reportSources.licence(id) },
    ];
  });

  const sepTerms = sorted
    .filter((licence) => licence.type === 'patent-sep')
    .map(({ id, title, vendorId, standard, frand, royaltyBasis, annualCost, currency, fieldOfUse }) => ({
      licenceId: id,
      title,
      ...(vendorId !== undefined && { vendorName: context.vendorName(vendorId) }),
      ...(standard !== undefined && { standard }),
      ...(frand !== undefined && { frand }),
      ...(royaltyBasis !== undefined && { royaltyBasis }),
      ...(annualCost !== undefined && { annualCost }),
      ...(currency !== undefined && { currency }),
      ...(fieldOfUse !== undefined && { fieldOfUse }),
      source: reportSources.licence(id),
    }));

  return {
    noticeDeadlines,
    missingClauses,
    copyleftLicences,
    sbomCopyleft: sbomCopyleft(scoped.dependencies, scoped.sbomComponents),
    sepTerms,
    source: reportSources.licences,
  };
};
