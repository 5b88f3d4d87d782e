/** Folds case and accents so that "societe" finds "Société" and "ZTE" finds "zte". */
export const foldText = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search box, folded: a row matches when its folded text contains every one of them. */
export const searchWords = (search: string): string[] => foldText(search).split(/\s+/).filter(Boolean);

/** A multi-choice filter: nothing chosen lets everything through, otherwise any chosen value matches. */
export const matchesAny = <T>(selected: readonly T[], values: readonly T[]): boolean =>
  selected.length === 0 || values.some((value) => selected.includes(value));
