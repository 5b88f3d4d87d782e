/**
 * Permission requests (camera, geolocation, notifications, …) are denied by default: the workbench needs
 * none of them. Two are granted, to the app's own pages only: copying to the clipboard from a user gesture,
 * and persistent storage, so that the browser never evicts the workspace (IndexedDB) to free disk space.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export const isPermissionAllowed = (
  permission: string,
  requestingUrl: string,
  isAppUrl: (url: string) => boolean,
): boolean => allowedPermissions.has(permission) && isAppUrl(requestingUrl);
