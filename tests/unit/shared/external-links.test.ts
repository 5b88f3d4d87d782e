import { describe, expect, it } from 'vitest';
import { allowedExternalLink, externalLinkHosts } from '@shared/external-links';

describe('external link allowlist', () => {
  it('allows https pages of the listed sites and their subdomains, as the address that will open', () => {
    expect(allowedExternalLink('https://www.fcc.gov/supplychain/coveredlist')).toBe(
      'https://www.fcc.gov/supplychain/coveredlist',
    );
    expect(allowedExternalLink('https://eur-lex.europa.eu/eli/dir/2022/2555/oj')).toBe(
      'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    );
    expect(allowedExternalLink('https://spdx.org/licenses/MIT.html')).toBe(
      'https://spdx.org/licenses/MIT.html',
    );
    // The parser's own normal form is what the user confirms and what opens.
    expect(allowedExternalLink('HTTPS://WWW.FCC.GOV/a/../b')).toBe('https://www.fcc.gov/b');
  });

  it('lists plain lower-case host names only', () => {
    for (const host of externalLinkHosts) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it.each([
    ['plain http', 'http://www.fcc.gov/'],
    ['mail', 'mailto:ciso@fcc.gov'],
    ['a file', 'file:///C:/Windows/system32/calc.exe'],
    ['a script', 'javascript:alert(1)'],
    ['a network share', 'smb://fcc.gov/share'],
    ['a custom scheme', 'ms-settings:fcc.gov'],
    ['another site', 'https://example.com/'],
    ['a name ending like a listed one', 'https://evilfcc.gov/'],
    ['a listed name as a subdomain of another site', 'https://fcc.gov.evil.example/'],
    ['a user name before the host', 'https://fcc.gov@evil.example/'],
    ['credentials on a listed host', 'https://user:pass@www.fcc.gov/'],
    ['a port', 'https://www.fcc.gov:8443/'],
    ['a Cyrillic look-alike', 'https://www.fсс.gov/'],
    ['a trailing dot', 'https://fcc.gov./'],
    ['a backslash', 'https://evil.example\\@fcc.gov/'],
    ['a leading space', ' https://www.fcc.gov/'],
    ['a tab inside', 'https://www.fcc\t.gov/'],
    ['a line break inside', 'https://www.fcc.gov\n.evil.example/'],
    ['an IP address', 'https://127.0.0.1/'],
    ['not a URL', 'fcc.gov'],
    ['an empty string', ''],
    ['a very long address', `https://www.fcc.gov/${'a'.repeat(2000)}`],
  ])('refuses %s', (_what, url) => {
    expect(allowedExternalLink(url)).toBeUndefined();
  });
});
