import { MAX_COMPONENTS } from './limits';
import type { MessageKey } from '../messages/message-key';

/**
 * One thing wrong with an SBOM file. `messageKey` is an i18n key (`sbom.*`, or the shared `validation.*` keys
 * when a component field breaks the component schema) and `path` the JSON path of the offending value, such
 * as `components[3].components[0].name`, so the user can find it in the file.
 */
export interface SbomProblem {
  path?: string;
  messageKey: MessageKey;
  params: Record<string, string | number>;
}

/** Enough to show what is wrong with a file; a broken generator would otherwise report 50,000 times. */
export const MAX_LISTED_PROBLEMS = 100;

/** Collects problems up to MAX_LISTED_PROBLEMS and says how many more there were. */
export class ProblemList {
  private readonly listed: SbomProblem[] = [];
  private unlisted = 0;
  private readonly paths = new Set<string>();

  add(messageKey: MessageKey, path?: string, params: SbomProblem['params'] = {}): void {
    if (path) this.paths.add(path);
    if (this.listed.length < MAX_LISTED_PROBLEMS)
      this.listed.push({ ...(path && { path }), messageKey, params });
    else this.unlisted += 1;
  }

  /** Whether a problem was found at this path already (listed or only counted). */
  has(path: string | undefined): boolean {
    return path !== undefined && this.paths.has(path);
  }

  get isEmpty(): boolean {
    return this.listed.length === 0;
  }

  toArray(): SbomProblem[] {
    return this.unlisted === 0
      ? [...this.listed]
      : [...this.listed, { messageKey: 'sbom.moreProblems', params: { count: this.unlisted } }];
  }
}

export const refuse = (messageKey: MessageKey, path?: string, params: SbomProblem['params'] = {}) => ({
  ok: false as const,
  problems: [{ ...(path && { path }), messageKey, params }],
});

/** The refusal of a file with more components (or packages) than MAX_COMPONENTS. */
export const tooMany = (): SbomProblem => ({
  messageKey: 'sbom.tooManyComponents',
  params: { limit: MAX_COMPONENTS },
});
