import { describe, expect, it } from 'vitest';
import type { Checklist } from '@shared/domain';
import { builtInChecklists } from '@shared/checklists';
import {
  CHECKLIST_FILE_FORMAT,
  checklistFileJson,
  parseChecklistFile,
  type ChecklistFileProblem,
} from '@shared/checklists/checklist-file';

const ownCopy = (checklist: Checklist, index: number): Checklist => ({
  ...checklist,
  id: `00000000-0000-4000-8000-00000000000${index}`,
  builtIn: false,
});

const fileWith = (checklists: unknown[]): string =>
  JSON.stringify({ format: CHECKLIST_FILE_FORMAT, formatVersion: 1, checklists });

const problemsOf = (text: string): ChecklistFileProblem[] => {
  const result = parseChecklistFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
};

type FileEntry = Omit<Checklist, 'createdAt' | 'updatedAt'>;
interface ChecklistFile {
  format: string;
  formatVersion: number;
  checklists: FileEntry[];
}
const readFile = (text: string): ChecklistFile => JSON.parse(text) as ChecklistFile;

const firstBuiltIn = builtInChecklists[0]!;
const validEntry = (): FileEntry => readFile(checklistFileJson([ownCopy(firstBuiltIn, 1)])).checklists[0]!;

describe('checklist file', () => {
  it('carries every built-in checklist through the file unchanged, apart from its timestamps', () => {
    const copies = builtInChecklists.map(ownCopy);
    const result = parseChecklistFile(checklistFileJson(copies));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.checklists).toEqual(copies.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest));
  });

  it('writes the format, its version and no timestamps', () => {
    const file = readFile(checklistFileJson([ownCopy(firstBuiltIn, 1)]));
    expect(file).toMatchObject({ format: 'diligence-workbench/checklists', formatVersion: 1 });
    expect(file.checklists[0]).not.toHaveProperty('createdAt');
    expect(file.checklists[0]).not.toHaveProperty('updatedAt');
  });

  it('rejects text that is not JSON', () => {
    expect(problemsOf('{ "format": ')).toEqual([{ where: {}, message: 'checklists.file.problems.notJson' }]);
  });

  it('rejects another format and another format version', () => {
    expect(
      problemsOf(JSON.stringify({ format: 'diligence-workbench/workspace', formatVersion: 1 }))[0]?.message,
    ).toBe('checklists.file.problems.format');
    expect(
      problemsOf(JSON.stringify({ format: CHECKLIST_FILE_FORMAT, formatVersion: 2, checklists: [] })),
    ).toEqual([{ where: {}, message: 'checklists.file.problems.formatVersion', params: { version: '2' } }]);
  });

  it('rejects a file without checklists', () => {
    expect(problemsOf(fileWith([]))[0]?.message).toBe('checklists.file.problems.empty');
  });

  it('names the checklist, section, item and field of an invalid value', () => {
    const bad = validEntry();
    bad.sections[1]!.items[2]!.weight = 0;
    bad.sections[0]!.title = ' ';
    expect(problemsOf(fileWith([validEntry(), bad]))).toEqual([
      { where: { checklist: 2, section: 1, field: 'title' }, message: 'validation.required' },
      { where: { checklist: 2, section: 2, item: 3, field: 'weight' }, message: 'validation.weight' },
    ]);
  });

  it('rejects a checklist without a valid id, and item ids used twice', () => {
    const noId = { ...validEntry(), id: 'licence-ip' };
    const twice = validEntry();
    twice.sections[0]!.items[1]!.id = twice.sections[0]!.items[0]!.id;
    twice.id = '00000000-0000-4000-8000-000000000009';
    expect(problemsOf(fileWith([noId, twice]))).toEqual([
      { where: { checklist: 1, field: 'id' }, message: 'checklists.file.problems.id' },
      { where: { checklist: 2, section: 1, item: 2, field: 'id' }, message: 'validation.duplicateId' },
    ]);
  });

  it('rejects two checklists with the same id', () => {
    expect(problemsOf(fileWith([validEntry(), validEntry()]))).toEqual([
      { where: { checklist: 2 }, message: 'checklists.file.problems.duplicateId', params: { first: 1 } },
    ]);
  });

  it("rejects a built-in checklist's id, naming the built-in", () => {
    expect(problemsOf(checklistFileJson([firstBuiltIn]))).toEqual([
      {
        where: { checklist: 1 },
        message: 'checklists.file.problems.builtInId',
        params: { name: firstBuiltIn.name, checklistId: firstBuiltIn.id },
      },
    ]);
  });

  it('reads every checklist as an own one', () => {
    const result = parseChecklistFile(fileWith([{ ...validEntry(), builtIn: true }]));
    expect(result.ok && result.checklists[0]?.builtIn).toBe(false);
  });
});
