import { APP_HOST, APP_SCHEME } from '../shared/app-identity';

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export type AppRequest =
  | { kind: 'file'; relativePath: string; mimeType: string }
  | { kind: 'refused'; status: 400 | 404; reason: string };

/**
 * Maps an app:// request to a file of the built renderer, or refuses it. Pure so that the traversal and
 * host checks are proved by tests: the handler only ever reads the relative path this returns, joined to
 * the renderer folder.
 */
export const resolveAppRequest = (requestUrl: string): AppRequest => {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { kind: 'refused', status: 404, reason: `unknown host ${url.host}` };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed path' };
  }
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes('\\') || segment.includes('\0'))) {
    return { kind: 'refused', status: 404, reason: 'path leaves the app folder' };
  }
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const extension = /\.[a-z0-9]+$/i.exec(relativePath)?.[0].toLowerCase() ?? '';
  const mimeType = mimeTypes[extension];
  if (mimeType === undefined)
    return { kind: 'refused', status: 404, reason: `unsupported file type ${extension || '(none)'}` };
  return { kind: 'file', relativePath, mimeType };
};
