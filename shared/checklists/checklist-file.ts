import type { z } from 'zod';
import { checklistInputSchema, idSchema, type Checklist } from '../domain';
import { megabytes } from '../files/file-problem';
import { builtInChecklists } from './index';
import type { MessageKey } from '../messages/message-key';
import { issueKey } from '../domain/zod-messages';

/**
 * The JSON file that carries checklist templates between workspaces: `{ format, formatVersion, checklists }`,
 * each checklist as stored but without its timestamps (the receiving workspace sets its own).
 */
export const CHECKLIST_FILE_FORMAT = 'diligence-workbench/checklists';
export const CHECKLIST_FILE_VERSION = 1;

/** Every built-in checklist together is under 200 KB; a file this big is not a checklists file. */
export const CHECKLIST_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** A checklist as read from a file: validated, with the id it keeps in the receiving workspace. */
export type ChecklistFileEntry = z.output<typeof checklistInputSchema> & { id: string };

/**
 * Where a problem is, counted as the user sees them (checklist 1 is the first in the file, section 1 the
 * first of its checklist), and the field concerned; absent parts mean the problem is about the whole.
 */
export interface ChecklistFileLocation {
  checklist?: number;
  section?: number;
  item?: number;
  field?: string;
}

/** One thing wrong with a file: `message` is an i18n key (`checklists.file.problems.*` or `validation.*`). */
export interface ChecklistFileProblem {
  where: ChecklistFileLocation;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export type ChecklistFileResult =
  { ok: true; checklists: ChecklistFileEntry[] } | { ok: false; problems: ChecklistFileProblem[] };

const problem = (
  message: MessageKey,
  where: ChecklistFileLocation = {},
  params?: ChecklistFileProblem['params'],
) => ({
  where,
  message,
  ...(params && { params }),
});

export const checklistFileJson = (checklists: readonly Checklist[]): string => {
  const file = {
    format: CHECKLIST_FILE_FORMAT,
    formatVersion: CHECKLIST_FILE_VERSION,
    checklists: checklists.map(({ createdAt: _created, updatedAt: _updated, ...checklist }) => checklist),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
};

/** The issue's path ['sections', 2, 'items', 5, 'weight'] as section 3, item 6, field "weight". */
const locate = (checklist: number, path: readonly PropertyKey[]): ChecklistFileLocation => {
  const where: ChecklistFileLocation = { checklist };
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    where.section = path[1] + 1;
    if (path[2] === 'items' && typeof path[3] === 'number') {
      where.item = path[3] + 1;
      if (typeof path[4] === 'string') where.field = path[4];
    } else if (typeof path[2] === 'string') where.field = path[2];
  } else if (typeof path[0] === 'string') where.field = path[0];
  return where;
};

const builtInNames = new Map(builtInChecklists.map((checklist) => [checklist.id, checklist.name]));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const readEntry = (raw: unknown, checklist: number, problems: ChecklistFileProblem[]) => {
  if (!isRecord(raw)) {
    problems.push(problem('checklists.file.problems.notChecklist', { checklist }));
    return undefined;
  }
  const id = idSchema.safeParse(raw.id);
  if (!id.success) problems.push(problem('checklists.file.problems.id', { checklist, field: 'id' }));
  const parsed = checklistInputSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(
      ...parsed.error.issues.map((issue) => problem(issueKey(issue), locate(checklist, issue.path))),
    );
  }
  if (id.success && builtInNames.has(id.data)) {
    problems.push(
      // The id too: the screen names the built-in in the reader's language (the name here is as shipped).
      problem(
        'checklists.file.problems.builtInId',
        { checklist },
        { name: builtInNames.get(id.data) ?? '', checklistId: id.data },
      ),
    );
  }
  return id.success && parsed.success ? { ...parsed.data, id: id.data, builtIn: false } : undefined;
};

const refuse = (message: MessageKey, params?: ChecklistFileProblem['params']): ChecklistFileResult => ({
  ok: false,
  problems: [problem(message, {}, params)],
});

/** A version worth quoting back is a number or a short text; anything else is described, not shown. */
const versionProblem = (version: unknown): ChecklistFileResult => {
  if (typeof version === 'number' || (typeof version === 'string' && version.length <= 20))
    return refuse('checklists.file.problems.formatVersion', { version: String(version) });
  return refuse('checklists.file.problems.formatVersionUnreadable');
};

/**
 * Reads a checklists file's text; any problem rejects the whole file, so an import is all or nothing. It
 * never throws: every value of the file is checked for its kind before it is used.
 */
export const parseChecklistFile = (text: string): ChecklistFileResult => {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return refuse('checklists.file.problems.notJson');
  }
  if (!isRecord(file) || file.format !== CHECKLIST_FILE_FORMAT)
    return refuse('checklists.file.problems.format');
  if (file.formatVersion !== CHECKLIST_FILE_VERSION) return versionProblem(file.formatVersion);
  if (!Array.isArray(file.checklists) || file.checklists.length === 0)
    return refuse('checklists.file.problems.empty');

  const problems: ChecklistFileProblem[] = [];
  const seen = new Map<string, number>();
  const checklists: ChecklistFileEntry[] = [];
  file.checklists.forEach((raw: unknown, index) => {
    const entry = readEntry(raw, index + 1, problems);
    if (!entry) return;
    const first = seen.get(entry.id);
    if (first !== undefined) {
      problems.push(problem('checklists.file.problems.duplicateId', { checklist: index + 1 }, { first }));
    }
    seen.set(entry.id, first ?? index + 1);
    checklists.push(entry);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, checklists };
};

/** Reads a checklists file from its bytes: refused when too big or not UTF-8 text, else parseChecklistFile. */
export const readChecklistFile = (bytes: Uint8Array): ChecklistFileResult => {
  if (bytes.byteLength > CHECKLIST_FILE_MAX_BYTES)
    return refuse('checklists.file.problems.tooLarge', {
      size: megabytes(bytes.byteLength),
      limit: megabytes(CHECKLIST_FILE_MAX_BYTES),
    });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('checklists.file.problems.notText');
  }
  return parseChecklistFile(text);
};
