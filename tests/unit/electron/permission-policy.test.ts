import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/navigation-policy';
import { isPermissionAllowed } from '../../../electron/permission-policy';

const own = (url: string): boolean => isAppUrl(url);

describe('permission policy', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'openExternal',
    'fullscreen',
    'clipboard-read',
    'hid',
    'serial',
  ])('denies %s even to the app', (permission) => {
    expect(isPermissionAllowed(permission, 'app://workbench/index.html', own)).toBe(false);
  });

  it('grants writing to the clipboard to the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://workbench/index.html', own)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://workbench', own)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', own)).toBe(false);
  });
});
