import { describe, expect, it, vi } from 'vitest';
import { handleIpcCall } from '../../../electron/ipc/validate';

const appPage = 'app://workbench/index.html';

describe('IPC validation', () => {
  it('passes a valid payload to the handler, with the schema defaults filled in', async () => {
    const handler = vi.fn(() => ({ status: 'cancelled' as const }));
    const result = await handleIpcCall('file:open', {}, appPage, handler);
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(handler).toHaveBeenCalledWith({ filters: [], maxBytes: 512 * 1024 * 1024 });
  });

  it('refuses a bad payload with a message naming the channel, the field and the problem', async () => {
    const handler = vi.fn(() => ({ status: 'cancelled' as const }));
    const result = await handleIpcCall(
      'file:save',
      { suggestedName: '../../etc/passwd', data: 'not bytes' },
      appPage,
      handler,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^file:save: invalid input: /);
    expect(result.error).toContain('suggestedName: file name must not contain a folder');
    expect(result.error).toMatch(/data: /);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['..', 'file name must not be "." or ".."'],
    ['.', 'file name must not be "." or ".."'],
    ['reports\\board.pdf', 'file name must not contain a folder'],
    ['CON.pdf', 'file name is reserved by Windows'],
    ['lpt9', 'file name is reserved by Windows'],
    ['invoice\u202Efdp.exe', 'file name must not contain characters that reorder or hide text'],
    ['report\u0007.pdf', 'file name must not contain control characters'],
    ['report.pdf.', 'file name must not end with a dot or a space'],
    ['report.pdf:stream', 'file name must not contain : * ? " < > or |'],
  ])('refuses to suggest the file name %j to the save dialog', async (suggestedName, message) => {
    const handler = vi.fn(() => ({ status: 'cancelled' as const }));
    const result = await handleIpcCall(
      'file:save',
      { suggestedName, data: new Uint8Array(1) },
      appPage,
      handler,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`suggestedName: ${message}`);
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    ['file:open', { maxBytes: 10, path: '/etc/passwd' }],
    ['file:open', { filters: [{ name: 'CSV', extensions: ['csv'], defaultPath: '/etc' }] }],
    ['file:save', { suggestedName: 'a.csv', data: new Uint8Array(1), defaultPath: '/etc/cron.d/x' }],
    ['view:print-to-pdf', { page: '/reports/board/print', url: 'https://example.com/' }],
  ] as const)('refuses a key %s does not know', async (channel, input) => {
    const handler = vi.fn(() => ({ status: 'cancelled' as const }) as never);
    const result = await handleIpcCall(channel, input, appPage, handler);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Unrecognized key/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('prints only the pages made for printing in a hidden window', async () => {
    const handler = vi.fn(() => ({ kind: 'browser-print' as const }));
    expect(await handleIpcCall('view:print-to-pdf', { page: '/settings' }, appPage, handler)).toMatchObject({
      ok: false,
    });
    expect(handler).not.toHaveBeenCalled();
    await handleIpcCall('view:print-to-pdf', { page: '/reports/board/print' }, appPage, handler);
    expect(handler).toHaveBeenCalledWith({ landscape: false, page: '/reports/board/print' });
  });

  it.each([
    [{ step: 'drawing', drawn: -1, total: 4 }],
    [{ step: 'drawing', drawn: 1.5, total: 4 }],
    [{ step: 'drawing', drawn: 1, total: 1e9 }],
    [{ step: 'saving' }],
    [{ step: 'building', script: 'alert(1)' }],
  ])('refuses the print stage %j a page reports', async (stage) => {
    const handler = vi.fn(() => null);
    expect(await handleIpcCall('view:report-print-stage', stage, appPage, handler)).toMatchObject({
      ok: false,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes on the stages of a report as it draws', async () => {
    const handler = vi.fn(() => null);
    await handleIpcCall('view:report-print-stage', { step: 'drawing', drawn: 2, total: 7 }, appPage, handler);
    expect(handler).toHaveBeenCalledWith({ step: 'drawing', drawn: 2, total: 7 });
  });

  it('refuses an unknown menu language', async () => {
    const handler = vi.fn(() => null);
    const result = await handleIpcCall('menu:set-language', 'de', appPage, handler);
    expect(result).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an input to a channel that takes none', async () => {
    const handler = vi.fn(() => ({ name: 'x', version: '1', electron: '', chrome: '' }));
    expect(await handleIpcCall('app:get-info', { sneaky: true }, appPage, handler)).toMatchObject({
      ok: false,
    });
    expect(await handleIpcCall('app:get-info', undefined, appPage, handler)).toMatchObject({ ok: true });
  });

  it('refuses calls from any frame that is not the app', async () => {
    const handler = vi.fn(() => null);
    for (const sender of ['https://example.com/', 'file:///tmp/page.html', undefined]) {
      const result = await handleIpcCall('menu:set-language', 'fr', sender, handler);
      expect(result).toMatchObject({ ok: false });
      if (!result.ok) expect(result.error).toContain('which is not the app');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is the one running', async () => {
    const handler = vi.fn(() => null);
    expect(
      await handleIpcCall(
        'menu:set-language',
        'fr',
        'http://localhost:5173/',
        handler,
        'http://localhost:5173',
      ),
    ).toEqual({
      ok: true,
      value: null,
    });
  });

  it('turns a handler failure into an error result instead of a rejected promise', async () => {
    const result = await handleIpcCall('view:print-to-pdf', {}, appPage, () => {
      throw new Error('the app window is closed');
    });
    expect(result).toEqual({ ok: false, error: 'view:print-to-pdf: the app window is closed' });
  });
});
