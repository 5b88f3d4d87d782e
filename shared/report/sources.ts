/**
 * The app routes where a reader finds each figure of the report, so the preview can link every number to
 * its screen. They mirror the routes of renderer/features/* and must change with them.
 */
export const reportSources = {
  dashboard: '/',
  vendors: '/vendors',
  dependencies: '/dependencies',
  licences: '/licences',
  risks: '/risks',
  actions: '/risks/actions',
  assessments: '/checklists/assessments',
  standards: '/standards',
  decisions: '/decisions',
  vendor: (id: string): string => `/vendors/${id}`,
  dependency: (id: string): string => `/dependencies/${id}`,
  licence: (id: string): string => `/licences/${id}`,
  risk: (id: string): string => `/risks/${id}`,
  assessment: (id: string): string => `/checklists/assessments/${id}`,
  standard: (standard: string): string => `/standards/view/${encodeURIComponent(standard)}`,
  decision: (id: string): string => `/decisions/${id}`,
} as const;

/** A number of the report with the route of the screen it comes from. */
export interface Figure<T = number> {
  value: T;
  source: string;
}

export const figure = <T>(value: T, source: string): Figure<T> => ({ value, source });
