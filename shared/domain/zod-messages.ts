import { z } from 'zod';
import type { MessageKey } from '../messages/message-key';

/**
 * Every schema names its own message for what users type; this covers the rest — a value of the wrong kind
 * deep in a file from outside, an unknown key, a union nothing matched — so that no refusal ever shows
 * zod's English ("Invalid input: expected object, received null") instead of a sentence in the user's
 * language. Schema-level messages still take precedence over these.
 */
const keyFor = (issue: { code: string; origin?: string }): MessageKey => {
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
    case 'invalid_element':
    case 'invalid_key':
      return 'validation.wrongKind';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    case 'invalid_value':
      return 'validation.choice';
    case 'too_big':
      return issue.origin === 'string' ? 'validation.tooLong' : 'validation.outOfRange';
    case 'too_small':
      return issue.origin === 'string' ? 'validation.required' : 'validation.outOfRange';
    default:
      return 'validation.invalid';
  }
};

z.config({ customError: (issue) => keyFor(issue) });

/**
 * A zod issue's message as a catalogue key: every issue carries one, the schema's own or keyFor's above,
 * so this is the one place where zod's string becomes a key.
 */
// ESLint types shared/ in the Electron program, where a key is any string and the assertion changes nothing.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
export const issueKey = (issue: { message: string }): MessageKey => issue.message as MessageKey;
