import type { MessageKey } from './message-key';

/** A value in a refusal's sentence: shown as it is, a word of the catalogue (a status), or a file size. */
export type RefusalParam = string | number | { readonly term: MessageKey } | { readonly bytes: number };

export type RefusalParams = Readonly<Record<string, RefusalParam>>;

/** A refusal placed on a field, as zod places its own: a form shows `message` (an i18n key) under `path`. */
export interface FieldIssue {
  path: (string | number)[];
  message: MessageKey;
}

/**
 * A write refused for a reason the user must be told, in their language: `key` is the English catalogue's
 * sentence, `params` its values, `issues` the fields at fault when a form should mark them. Nothing was
 * written when it is thrown.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';

  constructor(
    readonly key: MessageKey,
    readonly params: RefusalParams = {},
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(`${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
  }
}
