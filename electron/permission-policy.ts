/**
 * Permission requests (camera, geolocation, notifications, …) are denied by default: the workbench needs
 * none of them. Copying to the clipboard from a user gesture is the one thing screens do, so only that
 * is granted, and only to the app itself.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export const isPermissionAllowed = (
  permission: string,
  requestingUrl: string,
  isAppUrl: (url: string) => boolean,
): boolean => allowedPermissions.has(permission) && isAppUrl(requestingUrl);
