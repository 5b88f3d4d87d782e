import { describe, expect, it } from 'vitest';
import { builtInChecklists } from '@shared/checklists';
import { checklistSnapshots } from '@shared/checklists/history';
import { localiseChecklist } from '@shared/checklists/localise';
import { shippedChecklists } from '@shared/checklists/versions';
import type { Checklist, ChecklistItem } from '@shared/domain';

/**
 * The built-in checklists say what their sources say (issue 12 part 4, checked against the primary texts).
 * Each check is a function of a checklist, run on the shipped versions (no fault) and on the 2026.1 snapshot
 * that had the fault, so each is seen to find what it looks for.
 */
const items = (checklist: Checklist): ChecklistItem[] =>
  checklist.sections.flatMap((section) => section.items);
const words = (item: ChecklistItem): string => `${item.text} ${item.guidance ?? ''}`;
const current = (id: string): Checklist => builtInChecklists.find((checklist) => checklist.id === id)!;
const version2026_1 = (id: string): Checklist =>
  checklistSnapshots.find(({ checklist }) => checklist.id === id && checklist.version === '2026.1')!
    .checklist;

const euToolbox = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea501';
const riskProfile = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea502';
const nis2 = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea503';
const uk = '5b0c1d2e-3f40-4a51-8b62-7c83d94ea504';

/** Items citing EU 5G SM03 for screening against the FCC Covered List or sanctions lists (SM03 names none). */
const sm03Screening = (checklist: Checklist): string[] =>
  items(checklist)
    .filter((item) => item.reference?.includes('SM03') && /Covered List|sanction|screen/i.test(words(item)))
    .map((item) => item.id);

/** Items citing one of the risk-profile C-ids without saying the lettering is ours. */
const officialLookingCIds = (checklist: Checklist): string[] =>
  items(checklist)
    .filter(
      (item) => /EU-5G-CRA-C\d/.test(item.reference ?? '') && !/our lettering/.test(item.reference ?? ''),
    )
    .map((item) => item.id);

/**
 * TM09/TM10 items that name NESAS or ISO/IEC 27001 without saying, in the same sentence, that it is not EU
 * certification (TM09 and TM10 are about certification under the EU framework of the Cybersecurity Act).
 */
const certificationBlur = (checklist: Checklist): string[] =>
  items(checklist)
    .filter((item) => /EU-5G-TM(09|10)/.test(item.reference ?? ''))
    .filter((item) => {
      const sentences = words(item).split(/(?<=[.?])\s+/);
      const naming = sentences.filter((sentence) => /NESAS|27001/.test(sentence));
      return naming.length === 0 ? false : !naming.some((sentence) => /not EU certification/.test(sentence));
    })
    .map((item) => item.id);

/** UK items whose reference is not a regulation, Act section or code-of-practice measure or paragraph. */
const ukUncited = (checklist: Checklist): string[] =>
  items(checklist)
    .filter(
      (item) =>
        !/^UK-(ECSMR reg\.\d+(\(\d+\)(\([a-z]\))?(\([ivx]+\))?)?|TSCoP (M\d{2}\.\d{2}|tiering; §\d+\.\d+)|CA2003 s\.105Z\d+)$/.test(
          item.reference ?? '',
        ),
    )
    .map((item) => item.id);

describe('the built-in checklists cite what their sources say', () => {
  it('leave EU 5G SM03 to what it says: screening against the FCC Covered List and sanctions lists is our own DW-SOV check', () => {
    expect(builtInChecklists.flatMap(sm03Screening)).toEqual([]);
    expect(sm03Screening(version2026_1(euToolbox))).toEqual(['eu5g-sm03-reference-lists']);
    expect(sm03Screening(version2026_1(riskProfile))).toEqual(['srp-lists-screened']);
    const screening = items(current(riskProfile)).filter((item) => item.riskCategory === 'sanctions-export');
    expect(screening.map((item) => [item.id, item.reference])).toEqual([
      ['srp-lists-screened', 'DW-SOV-05'],
      ['srp-fcc-covered-list', 'DW-SOV-04'],
    ]);
  });

  it('mark the supplier risk profile’s C1a–C3 as our lettering of the 2019 assessment’s criteria', () => {
    expect(builtInChecklists.flatMap(officialLookingCIds)).toEqual([]);
    expect(officialLookingCIds(version2026_1(riskProfile)).length).toBeGreaterThan(0);
  });

  it('do not call NESAS or ISO/IEC 27001 EU certification (TM09, TM10)', () => {
    expect(builtInChecklists.flatMap(certificationBlur)).toEqual([]);
    expect(certificationBlur(version2026_1(euToolbox))).toEqual([
      'eu5g-tm09-certification',
      'eu5g-tm10-other-ict',
    ]);
  });

  it('ask NIS2’s IR 2024/2690 points 5.1.3 and 6.1.2(c)–(d), and do not call the 2019 5G assessment an Art. 22(1) one', () => {
    const references = (checklist: Checklist) => items(checklist).map((item) => item.reference);
    for (const point of ['5.1.3', '6.1.2(c)', '6.1.2(d)']) {
      expect(references(current(nis2))).toContain(`IR 2024/2690 Annex ${point}`);
      expect(references(version2026_1(nis2))).not.toContain(`IR 2024/2690 Annex ${point}`);
    }
    const art21_3 = (checklist: Checklist) =>
      items(checklist).find((item) => item.id === 'nis2-21-3-coordinated-assessments')!;
    // The question asks about Art. 22(1) assessments; the 2019 one is named as predating NIS2.
    expect(art21_3(current(nis2)).text).toMatch(/Art\. 22\(1\)/);
    expect(art21_3(current(nis2)).guidance).toMatch(
      /2019[^.]*predate NIS2 and were not made under Art\. 22\(1\)/,
    );
    expect(art21_3(version2026_1(nis2)).guidance).not.toMatch(/predate NIS2/);
  });

  it('cite a regulation, an Act section or a code-of-practice measure on every UK item', () => {
    expect(ukUncited(current(uk))).toEqual([]);
    expect(ukUncited(version2026_1(uk))).toEqual(['uktsa-tier']);
  });

  it('ask UK regulation 7(4) sub-paragraph by sub-paragraph, with designated vendor directions and regulations 3(3)(e) and 8', () => {
    const references = items(current(uk)).map((item) => item.reference);
    expect(references).not.toContain('UK-ECSMR reg.7(4)');
    expect(items(version2026_1(uk)).map((item) => item.reference)).toContain('UK-ECSMR reg.7(4)');
    for (const cited of [
      'UK-ECSMR reg.7(4)(a)(i)',
      'UK-ECSMR reg.7(4)(a)(ii)',
      'UK-ECSMR reg.7(4)(a)(iii)',
      'UK-ECSMR reg.7(4)(a)(iv)',
      'UK-ECSMR reg.3(3)(e)',
      'UK-ECSMR reg.8',
      'UK-CA2003 s.105Z1',
    ])
      expect(references).toContain(cited);
    const directions = items(current(uk)).find((item) => item.reference === 'UK-CA2003 s.105Z1')!;
    expect(directions).toMatchObject({ answerType: 'yes-no', riskCategory: 'sovereignty' });
    expect(directions.text).toMatch(/designation notice/);
  });
});

describe('every version of a built-in that shipped', () => {
  it('is kept once, by id and version, the current one included', () => {
    const keys = shippedChecklists.map(({ checklist }) => `${checklist.id} ${checklist.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const checklist of builtInChecklists) expect(keys).toContain(`${checklist.id} ${checklist.version}`);
  });

  it.each(
    checklistSnapshots.map(({ checklist }) => [`${checklist.name} ${checklist.version}`, checklist] as const),
  )('%s is shown in French as it shipped, every item worded', (_name, checklist) => {
    const french = localiseChecklist(checklist, 'fr');
    expect(french.version).toBe(checklist.version);
    expect(french.name).not.toBe(checklist.name);
    const untranslated = items(french).filter((item, index) => item.text === items(checklist)[index]!.text);
    expect(untranslated.map((item) => item.id)).toEqual([]);
  });
});
