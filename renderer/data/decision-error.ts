import type { DecisionIssue } from '@shared/domain';

/** Why a decision command refused to write: a key of `decisions.errors` and its parameters. */
export type DecisionErrorKey =
  | 'notFound'
  | 'locked'
  | 'wrongStatus'
  | 'invalid'
  | 'reviewerRequired'
  | 'approverRequired'
  | 'approverIsAuthor'
  | 'approverIsEditor'
  | 'notLatestRevision';

/**
 * A refusal the UI translates (`decisions.errors.<key>`); nothing was written when it is thrown. An
 * `invalid` refusal carries each problem on its field, for the form to show where it belongs.
 */
export class DecisionError extends Error {
  override readonly name = 'DecisionError';

  constructor(
    readonly key: DecisionErrorKey,
    readonly params: Record<string, string | number> = {},
    readonly issues: readonly DecisionIssue[] = [],
  ) {
    super(`${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
  }
}
