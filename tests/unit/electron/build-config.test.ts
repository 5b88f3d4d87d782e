import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const builder = parse(readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8')) as {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
};

describe('packaged app configuration', () => {
  it('sets every Electron fuse so a tampered or scripted launch gets nothing the app does not use', () => {
    expect(builder.electronFuses).toEqual({
      // No `ELECTRON_RUN_AS_NODE`: the binary cannot be used as a plain Node.js interpreter.
      runAsNode: false,
      enableCookieEncryption: true,
      // No NODE_OPTIONS, --inspect or --inspect-brk to inject code or attach a debugger.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app code is the signed app.asar, checked at start, and nothing outside it is loaded.
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar archive, which the integrity fuse checks', () => {
    expect(builder.asar).toBe(true);
  });
});
