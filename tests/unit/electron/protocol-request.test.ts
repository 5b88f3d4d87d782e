import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/protocol-request';

describe('app:// request resolution', () => {
  it('serves index.html for the root and files of the built renderer with their type', () => {
    expect(resolveAppRequest('app://workbench/')).toEqual({
      kind: 'file',
      relativePath: 'index.html',
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://workbench/assets/index-abc.js')).toEqual({
      kind: 'file',
      relativePath: 'assets/index-abc.js',
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://workbench/assets/app.css?v=1#x')).toMatchObject({
      relativePath: 'assets/app.css',
    });
  });

  it('refuses paths that would leave the renderer folder', () => {
    expect(resolveAppRequest('app://workbench/assets/..%5c..%5csecret.js')).toMatchObject({
      kind: 'refused',
    });
    expect(resolveAppRequest('app://workbench/a%00.js')).toMatchObject({ kind: 'refused' });
  });

  it('keeps ../ and its encoded form inside the folder (the URL parser resolves them against the root)', () => {
    expect(resolveAppRequest('app://workbench/../../index.html')).toMatchObject({
      kind: 'file',
      relativePath: 'index.html',
    });
    expect(resolveAppRequest('app://workbench/%2e%2e/%2e%2e/etc/passwd.js')).toMatchObject({
      kind: 'file',
      relativePath: 'etc/passwd.js',
    });
  });

  it('refuses other hosts, unknown file types and malformed requests', () => {
    expect(resolveAppRequest('app://elsewhere/index.html')).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://workbench/tool.exe')).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://workbench/%E0%A4%A')).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('::::')).toMatchObject({ kind: 'refused', status: 400 });
  });
});
