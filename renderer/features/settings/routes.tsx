import type { RouteObject } from 'react-router';
import { SettingsPage } from './SettingsPage';
import { paths } from '@renderer/paths';

export const settingsRoutes: RouteObject[] = [{ path: paths.settings, element: <SettingsPage /> }];
