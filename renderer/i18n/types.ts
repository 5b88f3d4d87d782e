/** The shape of a translation: the same keys as the English catalogue, any string values. */
export type Translations<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };
