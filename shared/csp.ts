/**
 * The one Content-Security-Policy of the renderer: only the app's own code and styles, no remote
 * connections (the workbench is offline by design), no plugins, no inline scripts. Mantine writes
 * inline style attributes, so styles allow 'unsafe-inline'; scripts never do. Images and fonts may come
 * from data: and blob: URLs (logos and evidence previews are read from the local database).
 */
const directives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const serialise = (entries: Readonly<Record<string, string>>): string =>
  Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** For the page's meta tag (browsers ignore frame-ancestors there). */
export const CONTENT_SECURITY_POLICY = serialise(directives);

/** For the app:// protocol's response header, which can also forbid framing. */
export const CONTENT_SECURITY_POLICY_HEADER = serialise({ ...directives, 'frame-ancestors': "'none'" });
