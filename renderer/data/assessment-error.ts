/** Why an assessment command refused to write: a key of `assessments.errors` and its parameters. */
export type AssessmentErrorKey =
  | 'notFound'
  | 'checklistNotFound'
  | 'subjectNotFound'
  | 'wrongSubjectType'
  | 'locked'
  | 'unknownItem'
  | 'invalidAnswer'
  | 'wrongStatus'
  | 'reviewerRequired'
  | 'approverRequired'
  | 'approverIsAuthor'
  | 'approverIsEditor'
  | 'conclusionRequired'
  | 'nextReviewDate'
  | 'notLatestRevision'
  | 'evidenceTooLarge'
  | 'evidenceNotFound';

/** A refusal the UI translates (`assessments.errors.<key>`); nothing was written when it is thrown. */
export class AssessmentError extends Error {
  override readonly name = 'AssessmentError';

  constructor(
    readonly key: AssessmentErrorKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
  }
}
