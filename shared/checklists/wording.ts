import type { Checklist, ChecklistItem } from '../domain';

/** The string fields of a type, optional ones included. */
type TextFields<T> = { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T];

/**
 * The words of an item a reader sees: every text field except those that are codes (the id, the answer
 * type, the risk category) or a citation kept as its source writes it (`reference`: EU-5G-TM08, NIS2
 * Art.21(2)(d)…). A text field added to items later is translatable without a change here.
 */
export type ItemWordingField = Exclude<
  TextFields<ChecklistItem>,
  'id' | 'reference' | 'answerType' | 'riskCategory'
>;

export type ItemWording = { text: string } & Partial<Record<Exclude<ItemWordingField, 'text'>, string>> & {
    /** A citation is kept as its source writes it; only a note of ours beside it (our lettering…) is worded. */
    reference?: string;
  };

/**
 * A built-in checklist's words in one language, keyed by the ids the shipped checklist keeps: the stored
 * checklist stays one record, assessments keep answering the same item ids, and only what is shown changes.
 */
export interface ChecklistWording {
  name: string;
  source?: string;
  sections: Readonly<Record<string, string>>;
  items: Readonly<Record<string, ItemWording>>;
}

/** A built-in checklist as one version of it shipped: its items in English and its words in other languages. */
export interface ShippedChecklist {
  checklist: Checklist;
  wordings: Readonly<Record<string, ChecklistWording>>;
}
