/**
 * Messages for the `validation.*` keys that the shared zod schemas report. Each says what is wrong and how
 * to put it right, because the same text is shown under a form field and in an import error list.
 */
export const validation = {
  required: 'This field is required.',
  text: 'Enter text here.',
  tooLong: 'This is longer than the field allows; shorten it.',
  tagTooLong: 'A tag can have at most 50 characters.',
  choice: 'Choose one of the options offered.',
  boolean: 'Choose yes or no.',
  uuid: 'This does not refer to a record in the workspace (the identifier is not a valid UUID).',
  date: 'Use a date in the form YYYY-MM-DD that exists in the calendar.',
  dateTime: 'Use a date and time in ISO 8601 form with a time zone, e.g. 2025-03-01T09:30:00Z.',
  country: 'Choose a country (ISO 3166-1 two-letter code).',
  percent: 'Enter a number from 0 to 100.',
  number: 'Enter a number.',
  integer: 'Enter a whole number.',
  nonNegative: 'Enter zero or a positive number.',
  criticality: 'Choose a criticality from 1 (marginal) to 5 (the network stops without it).',
  scale: 'Choose a whole number from 1 to 5.',
  rating: 'Rate from 0 (no concern) to 4 (severe concern), or leave it unrated.',
  maturity: 'Choose a maturity level from 0 to 4.',
  weight: 'Enter a weight greater than 0 and at most 100.',
  revision: 'The revision number starts at 1.',
  email: 'Enter an e-mail address such as name@example.com.',
  lei: 'An LEI is 20 letters and digits whose last two are a check number; this one does not check out.',
  currency: 'Use a three-letter ISO 4217 currency code, such as EUR or USD.',
  sha256: 'A SHA-256 hash is 64 hexadecimal characters (0–9, a–f).',
  purl: 'Use a package URL such as pkg:npm/lodash@4.17.21.',
  endBeforeStart: 'The end date cannot be before the start date.',
  selfParent: 'A vendor cannot be its own parent company.',
  selfDependency: 'A dependency cannot rely on itself; remove it from its own upstream list.',
  selfReference: 'A record cannot refer to itself here.',
  spdxInvalid:
    'This is not a valid SPDX licence expression. Use SPDX identifiers such as MIT or Apache-2.0, joined by AND, OR or WITH, e.g. MIT OR Apache-2.0.',
  spdxInvalidSuggestion: 'This is not a valid SPDX licence expression. Did you mean {{suggestion}}?',
  duplicateId: 'This identifier is already used elsewhere in the checklist; each must be unique.',
  duplicateStandard:
    'This number is already in the list, perhaps spelt another way (3GPP TS 38.331 and TS 38.331 are one number); edit that entry instead.',
  cycleMonths: 'Enter a whole number of months from 1 to 120.',
  checklistKey:
    'Use lower-case letters a–z, digits and hyphens, starting with a letter or a digit, at most 100 characters (e.g. eu-5g-tm08).',
  wrongKind:
    'This value has the wrong form here (for example a list where one value is expected, or text where a number is).',
  unknownField: 'This field is not one the app knows; remove it.',
  outOfRange: 'Enter a value within the allowed range.',
  invalid: 'This value is not valid here.',
} as const;
