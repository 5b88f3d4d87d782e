import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/window-options';

describe('window options', () => {
  const options = windowOptions('/app/preload.cjs');
  const web = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and forbids webviews and insecure content', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('loads the given preload and waits for the first paint before showing', () => {
    expect(web.preload).toBe('/app/preload.cjs');
    expect(options.show).toBe(false);
  });
});
