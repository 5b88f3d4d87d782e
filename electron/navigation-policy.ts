import { APP_HOST, APP_SCHEME } from '../shared/app-identity';

const parse = (url: string): URL | undefined => {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
};

/**
 * Whether a URL belongs to the app itself: its app:// origin, or the dev server electron-vite started
 * (only ever passed in development). Everything else is foreign content and never loads in the window.
 */
export const isAppUrl = (url: string, devServerUrl?: string): boolean => {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  // Node reports the origin of a non-special scheme as "null", so app:// is checked by scheme and host.
  if (parsed.protocol === `${APP_SCHEME}:`)
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  const devServer = devServerUrl === undefined ? undefined : parse(devServerUrl);
  return devServer !== undefined && parsed.origin === devServer.origin;
};

/**
 * The app is a single page with a hash router: it never needs to navigate its window anywhere. A
 * navigation within the app (a reload) is allowed; any other is denied.
 */
export const shouldAllowNavigation = (url: string, devServerUrl?: string): boolean =>
  isAppUrl(url, devServerUrl);
