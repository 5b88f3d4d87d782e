import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import {
  CHECKLIST_FILE_FORMAT,
  CHECKLIST_FILE_MAX_BYTES,
  checklistFileJson,
  parseChecklistFile,
  readChecklistFile,
  type ChecklistFileResult,
} from '@shared/checklists/checklist-file';

const problemsOf = (result: ChecklistFileResult) => (result.ok ? [] : result.problems);
const header = (formatVersion: string): string =>
  `{"format":"${CHECKLIST_FILE_FORMAT}","formatVersion":${formatVersion},"checklists":[]}`;

describe('a checklists file built to break the reader', () => {
  it('is refused, not thrown on, when its format version is an object, a list or a long text', () => {
    for (const version of ['{"toString":1}', '{}', '[]', 'null', `"${'9'.repeat(40)}"`]) {
      expect(problemsOf(parseChecklistFile(header(version)))).toEqual([
        { where: {}, message: 'checklists.file.problems.formatVersionUnreadable' },
      ]);
    }
  });

  it('names each entry that is not a checklist, and reports wrong kinds of values with an app message', () => {
    const entry = JSON.parse(
      checklistFileJson([
        { ...builtInChecklists[0]!, id: '00000000-0000-4000-8000-000000000001', builtIn: false },
      ]),
    ) as { checklists: Record<string, unknown>[] };
    const checklist = { ...entry.checklists[0], sections: { toString: 1 } };
    const text = JSON.stringify({
      format: CHECKLIST_FILE_FORMAT,
      formatVersion: 1,
      checklists: [null, 'x', checklist],
    });
    expect(problemsOf(parseChecklistFile(text))).toEqual([
      { where: { checklist: 1 }, message: 'checklists.file.problems.notChecklist' },
      { where: { checklist: 2 }, message: 'checklists.file.problems.notChecklist' },
      { where: { checklist: 3, field: 'sections' }, message: 'validation.wrongKind' },
    ]);
  });

  it('never throws, and words every problem as a message key, whatever is changed in a valid file', () => {
    const valid = checklistFileJson(
      builtInChecklists.slice(0, 2).map((checklist, index) => ({
        ...checklist,
        id: `00000000-0000-4000-8000-00000000000${index}`,
        builtIn: false,
      })),
    );
    const replacements: unknown[] = [
      null,
      0,
      -1,
      1e308,
      '',
      'x'.repeat(30_000),
      [],
      {},
      { toString: 1 },
      [[{}]],
      true,
    ];
    let seed = 11;
    const random = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % below;
    };
    const paths: PropertyKey[][] = [];
    const collect = (value: unknown, path: PropertyKey[]): void => {
      paths.push(path);
      if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value))
          collect(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    collect(JSON.parse(valid), []);
    for (let round = 0; round < 500; round += 1) {
      const file = JSON.parse(valid) as Record<PropertyKey, unknown>;
      for (let change = 0; change < 1 + random(3); change += 1) {
        const path = paths[random(paths.length)] ?? [];
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], file);
        const key = path.at(-1);
        if (key !== undefined && parent && typeof parent === 'object')
          (parent as Record<PropertyKey, unknown>)[key] = replacements[random(replacements.length)];
      }
      const result = parseChecklistFile(JSON.stringify(file));
      for (const problem of problemsOf(result))
        expect(problem.message).toMatch(/^(validation|checklists\.file\.problems)\.[A-Za-z.]+$/);
    }
  });

  it('is refused when it is not UTF-8 text or larger than 10 MB, before it is parsed', () => {
    expect(problemsOf(readChecklistFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toEqual([
      { where: {}, message: 'checklists.file.problems.notText' },
    ]);
    expect(problemsOf(readChecklistFile(new Uint8Array(CHECKLIST_FILE_MAX_BYTES + 1).fill(0x20)))).toEqual([
      {
        where: {},
        message: 'checklists.file.problems.tooLarge',
        params: { size: '10.0 MB', limit: '10.0 MB' },
      },
    ]);
    expect(readChecklistFile(new TextEncoder().encode(header('1'))).ok).toBe(false);
  });
});
