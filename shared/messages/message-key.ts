/**
 * The English catalogue as the renderer declares it (renderer/i18n/message-catalogue.d.ts), by declaration
 * merging as i18next's `CustomTypeOptions` is: shared/ names message keys checked against it without
 * importing renderer/. The renderer's typecheck thereby fails on a key that is misspelt or not in English.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface MessageCatalogue {}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** `inUse_one` and `inUse_other` are both asked for as `inUse` (with a count). */
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** Every dotted path to a sentence of a catalogue: `common.errors.quota`, `checklists.refused.inUse`. */
export type DottedKey<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${DottedKey<T[K]>}`;
}[keyof T & string];

/**
 * A key of the English catalogue. Where no catalogue is declared (the Electron side's typecheck, which
 * does not see renderer/), any string: the renderer's typecheck covers every file of shared/.
 */
export type MessageKey = MessageCatalogue extends { readonly english: infer English }
  ? DottedKey<English>
  : string;

/**
 * A key composed at run time from a stored name (an audited field, one value of a closed set, a column's
 * header), which the type cannot check: each use sits behind a check that the name is one of those the
 * catalogue words.
 */
// ESLint types shared/ in the Electron program, where a key is any string and the assertion changes nothing.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
export const composedKey = (key: `${string}.${string}`): MessageKey => key as MessageKey;
