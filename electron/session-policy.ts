import type { Session } from 'electron';
import { APP_ORIGIN } from '../shared/app-identity';
import { isPermissionAllowed } from './permission-policy';

/** The part of Electron's session the policy sets, so a test can hand it a stub. */
export type PolicySession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setSpellCheckerEnabled'
  | 'setSpellCheckerDictionaryDownloadURL'
>;

/**
 * Where the spellchecker would fetch dictionaries if anything turned it back on: a folder of the app's own
 * protocol that serves no dictionary, so the request fails on this machine instead of reaching Google's CDN.
 */
export const SPELLCHECK_DICTIONARY_URL = `${APP_ORIGIN}/dictionaries/`;

/**
 * The session rules of the app: permissions through the one policy (asked and checked alike, since Chromium
 * checks before it asks), and no spellchecker. On Windows and Linux Chromium's spellchecker downloads Hunspell
 * dictionaries from a Google CDN, which an offline app must not contact; shipping them on app:// would add
 * megabytes per language for a convenience, so it is off (macOS's own checker goes with it).
 */
export const applySessionPolicy = (session: PolicySession, isOwnPage: (url: string) => boolean): void => {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, isOwnPage)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isOwnPage),
  );
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
};
