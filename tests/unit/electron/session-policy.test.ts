import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../electron/navigation-policy';
import { resolveAppRequest } from '../../../electron/protocol-request';
import {
  applySessionPolicy,
  SPELLCHECK_DICTIONARY_URL,
  type PolicySession,
} from '../../../electron/session-policy';
import { windowOptions } from '../../../electron/window-options';

type RequestHandler = Parameters<PolicySession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PolicySession['setPermissionCheckHandler']>[0];
type Permission = Parameters<NonNullable<CheckHandler>>[1];

/** A session that only records what the policy set on it. */
const stubSession = () => {
  const set: { request?: RequestHandler; check?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: vi.fn((handler: RequestHandler) => {
      set.request = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: CheckHandler) => {
      set.check = handler;
    }),
    setSpellCheckerEnabled: vi.fn<PolicySession['setSpellCheckerEnabled']>(),
    setSpellCheckerDictionaryDownloadURL: vi.fn<PolicySession['setSpellCheckerDictionaryDownloadURL']>(),
  } satisfies PolicySession;
  applySessionPolicy(session, (url) => isAppUrl(url));
  return { session, set };
};

/** What the request handler answers for a permission asked by a page at `url`. */
const requested = (handler: RequestHandler | undefined, permission: Permission, url: string): boolean => {
  let granted: boolean | undefined;
  // The handler reads only the permission and the requesting URL; Electron's other arguments are unused.
  const details = { requestingUrl: url, isMainFrame: true } as Parameters<NonNullable<RequestHandler>>[3];
  handler?.({} as never, permission, (answer) => (granted = answer), details);
  if (granted === undefined) throw new Error('the request handler never answered');
  return granted;
};

const checked = (handler: CheckHandler | undefined, permission: Permission, origin: string): boolean =>
  handler?.(null, permission, origin, {} as Parameters<NonNullable<CheckHandler>>[3]) ?? false;

const others: Permission[] = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'openExternal',
  'fullscreen',
  'clipboard-read',
  'hid',
  'serial',
  'usb',
  'storage-access',
  'top-level-storage-access',
  'background-sync',
  'local-fonts',
  'unknown',
];

describe('session policy', () => {
  it('grants persistent storage to the app’s own origin when asked and when checked', () => {
    const { set } = stubSession();
    expect(requested(set.request, 'persistent-storage', 'app://workbench/index.html')).toBe(true);
    expect(checked(set.check, 'persistent-storage', 'app://workbench')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'app://evil/index.html',
    'app://workbench@evil/index.html',
    'file:///tmp/page.html',
    'http://localhost:5173/',
    '',
  ])('refuses persistent storage to %j', (url) => {
    const { set } = stubSession();
    expect(requested(set.request, 'persistent-storage', url)).toBe(false);
    expect(checked(set.check, 'persistent-storage', url)).toBe(false);
  });

  it.each(others)('refuses %s, even to the app', (permission) => {
    const { set } = stubSession();
    expect(requested(set.request, permission, 'app://workbench/index.html')).toBe(false);
    expect(checked(set.check, permission, 'app://workbench')).toBe(false);
  });

  it('keeps the clipboard write the screens use, for the app only', () => {
    const { set } = stubSession();
    expect(checked(set.check, 'clipboard-sanitized-write', 'app://workbench')).toBe(true);
    expect(checked(set.check, 'clipboard-sanitized-write', 'https://example.com')).toBe(false);
  });

  it('turns the spellchecker off so no dictionary is fetched from the network', () => {
    const { session } = stubSession();
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(windowOptions('/app/preload.cjs').webPreferences?.spellcheck).toBe(false);
  });

  it('points any dictionary download at the app’s own protocol, which serves none', () => {
    const { session } = stubSession();
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(SPELLCHECK_DICTIONARY_URL);
    expect(new URL(SPELLCHECK_DICTIONARY_URL).protocol).toBe('app:');
    expect(resolveAppRequest(`${SPELLCHECK_DICTIONARY_URL}en-US-10-1.bdic`)).toMatchObject({
      kind: 'refused',
      status: 404,
    });
  });
});
