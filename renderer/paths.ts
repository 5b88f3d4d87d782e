import type { AssessmentSubject } from '@shared/domain';
import type { PrintablePage } from '@shared/ipc';

const recordPaths = <Section extends string>(section: Section) => ({
  list: `/${section}` as const,
  new: `/${section}/new` as const,
  view: (id: string): string => `/${section}/${id}`,
  edit: (id: string): string => `/${section}/${id}/edit`,
});

const subjectSections = { vendor: 'vendors', dependency: 'dependencies', licence: 'licences' } as const;
const assessmentList = '/checklists/assessments';

/**
 * Every address of the app, in one place: screens link to each other through these, and each feature's
 * routes.tsx declares the patterns they fill in. Hash routing keeps them after the `#`.
 */
export const paths = {
  dashboard: '/',
  vendors: recordPaths('vendors'),
  dependencies: recordPaths('dependencies'),
  licences: recordPaths('licences'),
  risks: recordPaths('risks'),
  /** Decisions and their options; `compare` is the options side by side. */
  decisions: {
    ...recordPaths('decisions'),
    compare: (id: string): string => `/decisions/${id}/compare`,
  },
  checklists: recordPaths('checklists'),
  /** The assessments, beside the checklist templates in the Checklists section. */
  assessments: { list: assessmentList, view: (id: string): string => `${assessmentList}/${id}` },
  /** The page of the vendor, dependency or licence assessed. */
  subject: (subject: AssessmentSubject): string => `/${subjectSections[subject.type]}/${subject.id}`,
  importScreen: (kind: string): string => `/import/${kind}`,
  /** Standards in use and the patents declared on them; a standard's page by its canonical spelling. */
  standards: {
    list: '/standards',
    view: (standard: string): string => `/standards/view/${encodeURIComponent(standard)}`,
    declarations: '/standards/declarations',
    rates: '/standards/rates',
    reference: '/standards/reference',
  },
  calendar: '/calendar',
  reports: '/reports',
  /** The board report alone, outside the frame: the page the desktop app prints to PDF. */
  boardReportPrint: '/reports/board/print' satisfies PrintablePage,
  /** The whole audit trail. */
  activity: '/activity',
  settings: '/settings',
} as const;
