import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { CHECKLIST_FILE_FORMAT, parseChecklistFile } from '@shared/checklists/checklist-file';
import {
  CHECKLIST_KEY_PATTERN,
  checklistEditSchema,
  checklistInputSchema,
  checklistSchema,
  type ChecklistInput,
} from '@shared/domain';

const checklistWith = (sectionId: string, itemIds: string[]): ChecklistInput => ({
  name: 'Supplier checks',
  version: '1',
  subjectType: 'vendor',
  sections: [
    {
      id: sectionId,
      title: 'Governance',
      items: itemIds.map((id) => ({ id, text: `Question ${id}?`, answerType: 'yes-no' })),
    },
  ],
});

const idMessages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.filter((issue) => issue.path.at(-1) === 'id').map((issue) => issue.message) ?? [];

const refused = [
  'Q1',
  'q 1',
  'q1.a',
  'q_1',
  '-q1',
  '__proto__',
  '../q1',
  'q/1',
  'é1',
  'q1\u202e',
  'x'.repeat(101),
];

describe('checklist section and item ids', () => {
  it('are slugs in every built-in checklist', () => {
    const ids = builtInChecklists.flatMap((checklist) =>
      checklist.sections.flatMap((section) => [section.id, ...section.items.map((item) => item.id)]),
    );
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !CHECKLIST_KEY_PATTERN.test(id))).toEqual([]);
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...checklist } of builtInChecklists)
      expect(checklistInputSchema.safeParse(checklist).success, checklist.name).toBe(true);
  });

  it('accept lower-case letters, digits and hyphens, up to 100 characters', () => {
    const accepted = ['q1', '1', 'eu-5g-tm08', 'srp-c1a', 'constructor', 'x'.repeat(100)];
    expect(idMessages(checklistInputSchema.safeParse(checklistWith('governance', accepted)))).toEqual([]);
  });

  it.each(refused)('refuse %j in a new checklist, for an item and for a section', (id) => {
    expect(idMessages(checklistInputSchema.safeParse(checklistWith('governance', [id])))).toEqual([
      'validation.checklistKey',
    ]);
    expect(idMessages(checklistInputSchema.safeParse(checklistWith(id, ['q1'])))).toEqual([
      'validation.checklistKey',
    ]);
  });

  it('of a stored checklist keep whatever an older version saved, so existing workspaces still open and restore', () => {
    const stored = {
      ...checklistWith('Section A', ['Q 1.a', 'q_2']),
      id: '0f0e0d0c-0b0a-4909-8807-060504030201',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(checklistSchema.safeParse(stored).success).toBe(true);
  });

  it('already in a checklist are kept when it is edited; new ones must be slugs', () => {
    const kept = new Set(['Section A', 'Q 1.a']);
    expect(checklistEditSchema(kept).safeParse(checklistWith('Section A', ['Q 1.a', 'q2'])).success).toBe(
      true,
    );
    expect(
      idMessages(checklistEditSchema(kept).safeParse(checklistWith('Section A', ['Q 1.a', 'Q 2']))),
    ).toEqual(['validation.checklistKey']);
  });
});

describe('a checklists file with an id that is not a slug', () => {
  it('is refused with the checklist, section, item and field of each such id', () => {
    const entry = { ...checklistWith('governance', ['q1', 'Q 2', '__proto__']), id: crypto.randomUUID() };
    const result = parseChecklistFile(
      JSON.stringify({ format: CHECKLIST_FILE_FORMAT, formatVersion: 1, checklists: [entry] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { where: { checklist: 1, section: 1, item: 2, field: 'id' }, message: 'validation.checklistKey' },
        { where: { checklist: 1, section: 1, item: 3, field: 'id' }, message: 'validation.checklistKey' },
      ],
    });
  });
});
