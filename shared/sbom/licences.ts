/**
 * A licence as an SBOM writes it, read as SPDX where that is certain. A valid SPDX expression is kept as
 * written. Otherwise a name the SPDX list (or a common variant) gives exactly becomes its identifier
 * (shared/domain/spdx-names.ts). A field that lists licences ("MIT/Apache-2.0", "MIT, BSD-3-Clause") becomes
 * several licences, all of which apply: SPDX gives "/" no meaning, and a list is read conservatively, as
 * the component carrying all of them (the summary combines a component's licences with AND, the most
 * demanding part). Only a list joined by "or" ("MIT or Apache 2.0") is a choice, written as an OR
 * expression. A list with a part that is neither SPDX nor a known name is kept whole, as written.
 */
import { isSpdxExpression } from '../domain/spdx';
import { spdxIdForName } from '../domain/spdx-names';

/** Longest licence text read this way; a longer one is kept as written and the component schema refuses it. */
const MAX_LICENCE_LENGTH = 1000;

/** One licence (or a valid expression) as SPDX, or undefined when it is neither SPDX nor a known name. */
const asSpdx = (text: string): string | undefined =>
  text === '' ? undefined : isSpdxExpression(text) ? text : spdxIdForName(text);

const bracketed = (expression: string): string => (expression.includes(' ') ? `(${expression})` : expression);

const readLicence = (text: string): string[] => {
  const whole = asSpdx(text);
  if (whole !== undefined) return [whole];
  const choices = text.split(/\s+or\s+/i).map((part) => asSpdx(part.trim()));
  if (choices.length > 1)
    return choices.every((choice) => choice !== undefined) ? [choices.map(bracketed).join(' OR ')] : [text];
  const parts = text.split(/\s*[,;/&]\s*|\s+and\s+/i).map((part) => asSpdx(part.trim()));
  return parts.length > 1 && parts.every((part) => part !== undefined) ? parts : [text];
};

// SBOMs repeat a few licence texts across thousands of components: each is read once.
const cache = new Map<string, string[]>();
const cacheLimit = 10_000;

/** The licences a licence field of the file stands for; anything but a string is passed on for the schema to refuse. */
export const spdxLicences = (value: unknown): unknown[] => {
  if (typeof value !== 'string' || value.length > MAX_LICENCE_LENGTH) return [value];
  const text = value.trim();
  let read = cache.get(text);
  if (read === undefined) {
    read = readLicence(text);
    if (cache.size >= cacheLimit) cache.clear();
    cache.set(text, read);
  }
  return read;
};
