import type { Checklist } from '@shared/domain';

export interface ChecklistRow {
  checklist: Checklist;
  itemCount: number;
}

export const itemCount = (checklist: Checklist): number =>
  checklist.sections.reduce((count, section) => count + section.items.length, 0);

export const buildChecklistRows = (checklists: readonly Checklist[]): ChecklistRow[] =>
  checklists.map((checklist) => ({ checklist, itemCount: itemCount(checklist) }));
