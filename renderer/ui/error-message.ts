import type { Translate } from '@shared/import';
import { Refusal, type RefusalParam } from '@shared/messages/refusal';
import { describeError, isQuotaError } from '../data/errors';

/**
 * What a user reads of any caught error, in their language: a refusal's own sentence, the disk-full case
 * named, or a generic sentence with the technical detail appended (a bug to report, not a refusal).
 */
export const errorMessage = (
  error: unknown,
  translate: Translate,
  bytes: (value: number) => string,
): string => {
  if (error instanceof Refusal) {
    const paramText = (value: RefusalParam): string | number => {
      if (typeof value !== 'object') return value;
      return 'term' in value ? translate(value.term) : bytes(value.bytes);
    };
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, paramText(value)]),
    );
    return translate(error.key, params);
  }
  if (isQuotaError(error)) return translate('common.errors.quota');
  return translate('common.errors.unexpected', { message: describeError(error) });
};
