import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '@shared/csp';

const directives = (policy: string): Map<string, string> =>
  new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );

describe('the Content-Security-Policy', () => {
  it('is pinned: own code only, no eval, no remote connections, workers from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'",
    );
  });

  it('lets no worker start from a blob: or data: URL, where a file could smuggle code', () => {
    expect(directives(CONTENT_SECURITY_POLICY).get('worker-src')).toBe("'self'");
  });

  it('forbids framing in the header the desktop protocol sends', () => {
    const header = directives(CONTENT_SECURITY_POLICY_HEADER);
    expect(header.get('frame-ancestors')).toBe("'none'");
    expect(header.get('script-src')).toBe("'self'");
  });
});
