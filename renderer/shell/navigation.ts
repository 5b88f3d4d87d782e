/** The sections of the frame, in navigation order. */
export const sectionPaths = {
  dashboard: '/',
  vendors: '/vendors',
  dependencies: '/dependencies',
  licences: '/licences',
  risks: '/risks',
  checklists: '/checklists',
  calendar: '/calendar',
  reports: '/reports',
  activity: '/activity',
  settings: '/settings',
} as const;

export type Section = keyof typeof sectionPaths;
export const sections = Object.keys(sectionPaths) as Section[];
