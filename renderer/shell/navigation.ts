import { paths } from '@renderer/paths';

/** The sections of the frame, in navigation order. */
export const sectionPaths = {
  dashboard: paths.dashboard,
  vendors: paths.vendors.list,
  dependencies: paths.dependencies.list,
  licences: paths.licences.list,
  risks: paths.risks.list,
  decisions: paths.decisions.list,
  checklists: paths.checklists.list,
  standards: paths.standards.list,
  calendar: paths.calendar,
  reports: paths.reports,
  activity: paths.activity,
  settings: paths.settings,
} as const;

export type Section = keyof typeof sectionPaths;
export const sections = Object.keys(sectionPaths) as Section[];
