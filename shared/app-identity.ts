/**
 * Names that locate the user's data. Chromium keys IndexedDB by origin and Electron keys its profile
 * folder by app name, so changing any of these orphans every existing workspace. A unit test pins them.
 */
export const APP_NAME = 'Diligence Workbench';
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const DATABASE_NAME = 'diligence-workbench';
