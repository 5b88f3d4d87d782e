import { describe, expect, it } from 'vitest';
import { isAppUrl, shouldAllowNavigation } from '../../../electron/navigation-policy';

describe('navigation policy', () => {
  it('recognises the app origin and nothing that merely resembles it', () => {
    expect(isAppUrl('app://workbench/index.html')).toBe(true);
    expect(isAppUrl('app://workbench/index.html#/vendors')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('app://workbench@evil/index.html')).toBe(false);
    expect(isAppUrl('https://workbench/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server only when one is running', () => {
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/risks', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('denies every navigation that leaves the app', () => {
    expect(shouldAllowNavigation('app://workbench/index.html')).toBe(true);
    expect(shouldAllowNavigation('https://example.com/')).toBe(false);
    expect(shouldAllowNavigation('javascript:alert(1)')).toBe(false);
    expect(shouldAllowNavigation('data:text/html,<script>1</script>')).toBe(false);
  });
});
