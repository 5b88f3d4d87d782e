import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from '../shared/app-identity';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/csp';
import { resolveAppRequest } from './protocol-request';

/**
 * app:// must be registered before the app is ready. Standard + secure gives the renderer a real origin
 * (so IndexedDB and the Fetch API behave as on https) without the weaknesses of file://.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
};

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Serves the built renderer folder on app://, with the Content-Security-Policy as a header. */
export const serveRenderer = (session: Session, rendererFolder: string): void => {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(request.url);
    if (resolved.kind === 'refused') return new Response(resolved.reason, { status: resolved.status });
    try {
      const body = await readFile(join(rendererFolder, resolved.relativePath));
      return new Response(body, { headers: { ...securityHeaders, 'Content-Type': resolved.mimeType } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
};
