import type { RouteObject } from 'react-router';
import { paths } from '@renderer/paths';

/** The Settings screen. Its code is loaded when it is first opened. */
export const settingsRoutes: RouteObject[] = [
  { path: paths.settings, lazy: async () => ({ Component: (await import('./SettingsPage')).SettingsPage }) },
];
