/**
 * The sites whose pages the desktop app may open in the user's browser: the publishers of the frameworks and
 * lists its checklists and reference data cite. A page of a listed site or of one of its subdomains qualifies;
 * the user still confirms each link, seeing the address that will open.
 */
export const externalLinkHosts = [
  'fcc.gov',
  'europa.eu',
  'legislation.gov.uk',
  'ofcom.org.uk',
  'etsi.org',
  'spdx.org',
] as const;

/** Longer addresses are not links anyone reads before confirming. */
const MAX_LINK_LENGTH = 2000;

/**
 * Characters the URL parser would silently drop or reinterpret (spaces, controls, tabs and line breaks inside
 * the address, backslashes read as slashes), so that what the user confirms is what the text says.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ambiguous = /[\s\u0000-\u001f\u007f\\]/;

const onAllowedHost = (hostname: string): boolean =>
  externalLinkHosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));

/**
 * The address to open for a link, or undefined when it may not leave the app: https only (never http, file,
 * mailto or a custom scheme), no user name or password, no port, a host on the list above (IDN hosts are
 * compared in their punycode form, so a look-alike of a listed name never matches).
 */
export const allowedExternalLink = (url: string): string | undefined => {
  if (url.length > MAX_LINK_LENGTH || ambiguous.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const plain = parsed.username === '' && parsed.password === '' && parsed.port === '';
  return parsed.protocol === 'https:' && plain && onAllowedHost(parsed.hostname) ? parsed.href : undefined;
};
