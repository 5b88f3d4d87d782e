import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { checklistSchema, sovereigntyCriteria, type Checklist } from '@shared/domain';

const items = (checklist: Checklist) => checklist.sections.flatMap((section) => section.items);
const references = (checklist: Checklist) => new Set(items(checklist).map((item) => item.reference));
const byName = (name: string): Checklist => {
  const found = builtInChecklists.find((checklist) => checklist.name === name);
  if (!found) throw new Error(`No built-in checklist named ${name}`);
  return found;
};

describe('built-in checklists', () => {
  it.each(builtInChecklists.map((checklist) => [checklist.name, checklist] as const))(
    '%s validates against the Checklist schema, unchanged, as a read-only built-in',
    (_name, checklist) => {
      expect(checklistSchema.parse(checklist)).toEqual(checklist);
      expect(checklist.builtIn).toBe(true);
      expect(items(checklist).length).toBeGreaterThan(0);
    },
  );

  it('gives every item a reference, every rated item a question, and every checklist its own fixed id', () => {
    for (const checklist of builtInChecklists) {
      for (const item of items(checklist)) {
        expect(item.reference, `${checklist.name} › ${item.id}`).toBeTruthy();
        // Rated items are questions an assessor answers; a date or free-text item may be a prompt.
        if (item.answerType === 'yes-no' || item.answerType === 'maturity') {
          expect(item.text.trim().endsWith('?'), `${checklist.name} › ${item.id} is a question`).toBe(true);
        }
      }
    }
    expect(new Set(builtInChecklists.map((checklist) => checklist.id)).size).toBe(builtInChecklists.length);
  });

  it('keeps item ids unique across all built-ins, so an answer can never be attributed to the wrong one', () => {
    const ids = builtInChecklists.flatMap((checklist) => items(checklist).map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the EU 5G Toolbox measures the issue names: SM03–SM05 and TM01–TM11', () => {
    const covered = references(byName('EU 5G Toolbox — operator measures'));
    const expected = [
      'SM03',
      'SM04',
      'SM05',
      ...Array.from({ length: 11 }, (_, i) => `TM${String(i + 1).padStart(2, '0')}`),
    ];
    expect(expected.filter((measure) => !covered.has(`EU-5G-${measure}`))).toEqual([]);
  });

  it('rates the six criteria of the supplier risk profile with the ids the vendor’s sovereignty profile uses', () => {
    const profile = builtInChecklists.find(
      (checklist) => checklist.id === '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502',
    );
    const expected = sovereigntyCriteria.map((criterion) => `srp-${criterion}`);
    const rated = items(profile as Checklist).filter((item) => expected.includes(item.id));
    expect(rated.map((item) => item.id)).toEqual(expected);
    expect(rated.every((item) => item.answerType === 'maturity')).toBe(true);
    // Rated as concerns (4 = severe), so a vendor of no concern scores best.
    expect(rated.every((item) => item.higherIsWorse === true)).toBe(true);
  });

  it('cites NIS2 Art. 21(2)(d), 21(2)(e) and 21(3), and UK regulation 7 with the M10 measures', () => {
    const nis2 = references(builtInChecklists.find((c) => c.id.endsWith('503')) as Checklist);
    expect(
      ['NIS2 Art.21(2)(d)', 'NIS2 Art.21(2)(e)', 'NIS2 Art.21(3)'].filter((ref) => !nis2.has(ref)),
    ).toEqual([]);
    const uk = [...references(builtInChecklists.find((c) => c.id.endsWith('504')) as Checklist)];
    expect(uk.some((ref) => ref?.startsWith('UK-ECSMR reg.7'))).toBe(true);
    expect(uk.some((ref) => ref?.startsWith('UK-TSCoP M10'))).toBe(true);
  });

  it('asks the licence checklist of licences and the sovereignty checklist of dependencies', () => {
    expect(builtInChecklists.map((checklist) => checklist.subjectType)).toEqual([
      'vendor',
      'vendor',
      'vendor',
      'vendor',
      'licence',
      'dependency',
    ]);
  });
});
