import { describe, expect, it } from 'vitest';
import { isAppUrl, shouldAllowNavigation } from '../../../electron/navigation-policy';

const devServer = 'http://localhost:5173';

/** Addresses that are not the app: other schemes, other hosts, and ways of dressing one up as the app. */
const hostileBases = [
  // Other schemes
  'javascript:alert(1)',
  'javascript://workbench/%0Aalert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'file://workbench/index.html',
  'file://///server/share/index.html',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'blob:app://workbench/3f0c0b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  'blob:https://evil.example/3f0c0b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  'http://evil.example/',
  'https://evil.example/index.html',
  'https://workbench/index.html',
  'http://workbench/',
  'ftp://workbench/index.html',
  'ftp://evil.example/payload',
  'ws://workbench/',
  'wss://evil.example/socket',
  'chrome://settings/',
  'chrome-extension://abcdefghijklmnop/index.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'about:srcdoc',
  'view-source:app://workbench/index.html',
  'filesystem:app://workbench/temporary/x.html',
  'mailto:ciso@example.com',
  'smb://server/share',
  'ms-settings:privacy',
  // The app's scheme without its host
  'app:',
  'app:workbench',
  'app:/workbench/index.html',
  'app:///index.html',
  'app://',
  'app:///workbench/index.html',
  // Other hosts on the app's scheme
  'app://evil/',
  'app://evil/index.html',
  'app://workbench.evil/',
  'app://evil.workbench/',
  'app://workbench./',
  'app://workbenc/',
  'app://workbench2/',
  'app://localhost/',
  'app://127.0.0.1/',
  'app://[::1]/',
  // User-info tricks
  'app://workbench@evil/',
  'app://workbench:secret@evil/',
  'app://user@workbench/',
  'app://user:pass@workbench/index.html',
  'app://workbench%40evil/',
  'https://workbench@evil.example/',
  'http://localhost:5173@evil.example/',
  // Encoded separators and host characters
  'app://workbench%2F@evil/',
  'app://%77orkbench/',
  'app://workbench%2Eevil/',
  'app://evil%2Fworkbench/',
  'app://workbench%00/',
  'app://workbench%09/',
  'app://%2e%2e/',
  // Backslashes
  'app:\\\\workbench\\index.html',
  'app:/\\workbench/',
  'app://evil\\workbench/',
  'app://evil\\@workbench/',
  'app:\\\\evil/',
  // Look-alike (IDN) hosts
  'app://wоrkbench/',
  'app://ԝorkbench/',
  'app://workbеnch/',
  'app://workbench\u200b/',
  'app://xn--wrkbench-3bg/',
  'app://ｗｏｒｋｂｅｎｃｈ/',
  // Ports
  'app://workbench:80/',
  'app://workbench:443/',
  'app://workbench:0/',
  'app://workbench:65535/index.html',
  // The dev server's look-alikes (refused with or without a dev server running)
  'http://localhost:5174/',
  'https://localhost:5173/',
  'http://127.0.0.1:5173/',
  'http://localhost.evil.example:5173/',
  'http://evil.example/localhost:5173',
];

const suffixes = ['', '#/vendors', '?page=1#/settings'];
const casings = [(url: string) => url, (url: string) => url.toUpperCase()];
/** Characters an attacker may put before an address, some of which the URL parser strips. */
const prefixes = ['', ' ', '\t', '\n', '\r\n', '\u0000', '\u001f', '\u00a0', '\ufeff', '\u200b'];

const hostileUrls = [
  ...new Set(
    hostileBases.flatMap((base) =>
      suffixes.flatMap((suffix) =>
        casings.flatMap((casing) => prefixes.map((prefix) => `${prefix}${casing(base + suffix)}`)),
      ),
    ),
  ),
];

const ownUrls = [
  'app://workbench/',
  'app://workbench/index.html',
  'app://workbench/index.html#/vendors/3f0c0b7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  'app://workbench/index.html?print#/reports/board/print',
  'app://workbench/assets/index-abc.js',
  'APP://workbench/index.html',
];

describe('navigation policy against hostile addresses', () => {
  it('is tried on well over 500 generated addresses', () => {
    expect(hostileUrls.length).toBeGreaterThan(500);
  });

  it('refuses every one of them, with and without a dev server', () => {
    const allowed = hostileUrls.filter(
      (url) => shouldAllowNavigation(url) || isAppUrl(url) || shouldAllowNavigation(url, devServer),
    );
    expect(allowed.map((url) => JSON.stringify(url))).toEqual([]);
  });

  it('still allows the app’s own pages', () => {
    for (const url of ownUrls) expect(shouldAllowNavigation(url), url).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5173/#/risks', devServer)).toBe(true);
  });
});
