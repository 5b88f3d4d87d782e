import { z } from 'zod';
import type { Answer, SelfApproval } from './assessment';

/**
 * Settings → Sign-off. Off by default: an assessment is approved by someone other than the person who
 * created it or last changed its answers (four eyes). A team of one turns single-person sign-off on; each
 * approval made that way is recorded on the assessment and named in the board report.
 */
export const signOffPolicySchema = z.object({
  singlePersonSignOff: z.boolean('validation.boolean').default(false),
});
export type SignOffPolicy = z.infer<typeof signOffPolicySchema>;
export type SignOffPolicyInput = z.input<typeof signOffPolicySchema>;

export const defaultSignOffPolicy: SignOffPolicy = { singlePersonSignOff: false };

/**
 * A person's name as people type it again: case, accents, punctuation spacing and runs of spaces do not
 * make "Inès  Moreau" someone other than "ines moreau".
 */
export const normalisePersonName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\s.,]+/g, ' ')
    .trim();

/** Whether two names are the same person's; an empty name is nobody's. */
export const samePerson = (a: string | undefined, b: string | undefined): boolean => {
  const left = normalisePersonName(a ?? '');
  return left !== '' && left === normalisePersonName(b ?? '');
};

/** Who changed an answer last (the latest `answeredAt`); undefined when no answer names anyone. */
export const lastAnswerEditor = (answers: Readonly<Record<string, Answer>>): string | undefined => {
  let last: Answer | undefined;
  for (const answer of Object.values(answers)) {
    if (!answer.answeredBy || !answer.answeredAt) continue;
    if (!last?.answeredAt || answer.answeredAt > last.answeredAt) last = answer;
  }
  return last?.answeredBy;
};

/** Who an approval must not come from, as far as the workspace knows. */
export interface AssessmentAuthors {
  /** Who created this revision (its audit trail's create event); undefined when unknown. */
  author: string | undefined;
  answers: Readonly<Record<string, Answer>>;
}

/**
 * Whether `approver` would be signing off their own work: 'author' when they created the assessment,
 * 'editor' when they changed its answers last, undefined when they did neither.
 */
export const selfApprovalOf = (approver: string, authors: AssessmentAuthors): SelfApproval | undefined =>
  selfApprovalOfRecord(approver, { author: authors.author, lastEditor: lastAnswerEditor(authors.answers) });

/**
 * Whether `approver` would be signing off their own record (an assessment, a decision): 'author' when they
 * created the revision, 'editor' when they changed its content last, undefined when they did neither.
 */
export const selfApprovalOfRecord = (
  approver: string,
  who: { author: string | undefined; lastEditor: string | undefined },
): SelfApproval | undefined => {
  if (samePerson(approver, who.author)) return 'author';
  if (samePerson(approver, who.lastEditor)) return 'editor';
  return undefined;
};
