import type { Checklist } from '../domain';
import { frenchChecklists } from './fr';
import { checklistSnapshots } from './history';
import { builtInChecklists } from './index';
import type { ChecklistWording, ShippedChecklist } from './wording';

/** What an assessment records of its checklist: the id and the version it was answered against. */
export interface ChecklistRef {
  checklistId: string;
  checklistVersion: string;
}

const wordingsOf = (id: string): Record<string, ChecklistWording> => {
  const french = frenchChecklists.get(id);
  return french ? { fr: french } : {};
};

/**
 * Every version of every built-in checklist that ever shipped: the current ones, then the earlier ones frozen
 * from git (./history, `npm run checklist-snapshots`). A built-in changes only through a new version, so an
 * assessment's id + version always finds the items, weights and words it was answered against.
 */
export const shippedChecklists: readonly ShippedChecklist[] = [
  ...builtInChecklists.map((checklist) => ({ checklist, wordings: wordingsOf(checklist.id) })),
  ...checklistSnapshots,
];

const versionKey = (id: string, version: string): string => `${id}\n${version}`;

const byVersion = new Map(
  shippedChecklists.map((shipped) => [versionKey(shipped.checklist.id, shipped.checklist.version), shipped]),
);

/** The built-in checklist of this id as its version shipped, with its words in other languages. */
export const shippedChecklist = (id: string, version: string): ShippedChecklist | undefined =>
  byVersion.get(versionKey(id, version));

/** The built-in checklist of this id in this version, as shipped (English); undefined if none shipped. */
export const builtInChecklistVersion = (id: string, version: string): Checklist | undefined =>
  shippedChecklist(id, version)?.checklist;
