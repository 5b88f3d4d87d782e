import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace, workspace } from '@renderer/data/database';
import { recordAnswers, startAssessment } from '@renderer/data/assessments';
import { setConclusion, submitForReview } from '@renderer/data/assessment-workflow';
import { saveChecklist } from '@renderer/data/checklist-commands';
import { saveSettings } from '@renderer/data/settings';
import { saveVendor } from '@renderer/data/vendors';
import { toFormValues, withGeneratedIds } from '@renderer/features/checklists/checklistFormValues';
import {
  assessmentSchema,
  checklistEditSchema,
  checklistSchema,
  diffRevisions,
  ownValue,
  scoreAssessment,
  type Checklist,
} from '@shared/domain';

const timestamp = '2025-01-01T00:00:00.000Z';

/** A checklist saved before ids had to be slugs, as an existing workspace may hold it. */
const legacy: Checklist = checklistSchema.parse({
  id: crypto.randomUUID(),
  createdAt: timestamp,
  updatedAt: timestamp,
  name: 'Legacy checks',
  version: '1',
  subjectType: 'vendor',
  sections: [
    {
      id: 'Section A',
      title: 'Basics',
      items: [
        { id: '__proto__', text: 'Named like the prototype?', answerType: 'yes-no' },
        { id: 'constructor', text: 'Named like the constructor?', answerType: 'yes-no' },
        { id: 'Q 1.a', text: 'Numbered the old way?', answerType: 'yes-no' },
      ],
    },
  ],
});

beforeEach(async () => {
  await openWorkspace(
    new WorkbenchDatabase('checklist-item-ids', { indexedDB: new IDBFactory(), IDBKeyRange }),
  );
  await saveSettings({ userName: 'Ines Moreau', organisationName: 'Atlantic Telecom' });
  await workspace().checklists.put(legacy);
});

afterEach(() => closeWorkspace());

const assess = async () => {
  const vendor = await saveVendor({ name: 'Core Systems', hqCountry: 'SE' });
  return startAssessment({ checklistId: legacy.id, subject: { type: 'vendor', id: vendor.id } });
};

describe('an existing checklist whose item ids are not slugs', () => {
  it('keeps every answer, items named __proto__ and constructor included', async () => {
    const { id } = await assess();
    // A computed key: `__proto__:` written plainly in an object literal would set its prototype instead.
    await recordAnswers(id, {
      ['__proto__']: { value: 'yes' },
      constructor: { value: 'no' },
      'Q 1.a': { value: 'partial' },
    });
    const stored = await workspace().assessments.get(id);
    if (!stored) throw new Error('the assessment is missing');
    expect(Object.keys(stored.answers).sort()).toEqual(['Q 1.a', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(stored.answers)).toBe(Object.prototype);
    expect(scoreAssessment(legacy, stored.answers).overall).toMatchObject({
      answered: 3,
      total: 3,
      score: 50,
    });
  });

  it('shows unanswered items named like Object’s properties as unanswered, and their history as empty', async () => {
    const { answers } = await assess();
    expect(scoreAssessment(legacy, answers).overall).toMatchObject({ answered: 0, total: 3 });
    expect(diffRevisions({ answers }, { answers }, ['__proto__', 'constructor', 'Q 1.a'])).toEqual({
      answers: [],
    });
  });

  it('can still be edited and duplicated: the ids it has are kept, new ones are slugs', async () => {
    const values = toFormValues(legacy);
    values.sections?.[0]?.items?.push({
      ...values.sections[0].items[0],
      id: '',
      text: 'A new question?',
    } as never);
    const withIds = withGeneratedIds(values);
    const parsed = checklistEditSchema(new Set(['Section A', '__proto__', 'constructor', 'Q 1.a'])).safeParse(
      withIds,
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data?.sections[0]?.items.map((item) => item.id)).toEqual([
      '__proto__',
      'constructor',
      'Q 1.a',
      'section-a-a-new-question',
    ]);
    const saved = await saveChecklist({ ...(parsed.data ?? values), id: legacy.id, version: '2' });
    expect(saved.sections[0]?.items.map((item) => item.id)).toContain('Q 1.a');
  });
});

describe('an answer to an item named __proto__', () => {
  it('survives every step that re-reads the assessment: a conclusion, a review, a restore', async () => {
    const { id } = await assess();
    await recordAnswers(id, { ['__proto__']: { value: 'no' } });
    await setConclusion(id, 'warning');
    await submitForReview(id, 'Paul Reviewer');
    const stored = await workspace().assessments.get(id);
    expect(stored && Object.hasOwn(stored.answers, '__proto__')).toBe(true);
    const restored = assessmentSchema.parse(JSON.parse(JSON.stringify(stored)));
    expect(Object.keys(restored.answers)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(restored.answers)).toBe(Object.prototype);
    expect(ownValue(restored.answers, '__proto__')?.value).toBe('no');
  });
});
