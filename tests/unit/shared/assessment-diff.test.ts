import { describe, expect, it } from 'vitest';
import { diffRevisions, type Answer } from '@shared/domain';

const answer = (value: Answer['value'], extra: Partial<Answer> = {}): Answer => ({
  value,
  evidenceIds: [],
  ...extra,
});
const evidenceA = '11111111-1111-4111-8111-111111111111';
const evidenceB = '22222222-2222-4222-8222-222222222222';

describe('diffRevisions', () => {
  it('says which items were answered, cleared or changed, and in what', () => {
    const diff = diffRevisions(
      {
        answers: {
          'q-1': answer('no', { comment: 'No escrow clause' }),
          'q-2': answer(2),
          'q-3': answer('yes', { evidenceIds: [evidenceA] }),
        },
        conclusion: 'warning',
      },
      {
        answers: {
          'q-1': answer('yes', { comment: 'Escrow added in amendment 3' }),
          'q-3': answer('yes', { evidenceIds: [evidenceA, evidenceB] }),
          'q-4': answer('partial'),
        },
        conclusion: 'ok',
      },
      ['q-1', 'q-2', 'q-3', 'q-4'],
    );
    expect(diff.answers.map(({ itemId, kind, fields }) => ({ itemId, kind, fields }))).toEqual([
      { itemId: 'q-1', kind: 'changed', fields: ['value', 'comment'] },
      { itemId: 'q-2', kind: 'cleared', fields: ['value'] },
      { itemId: 'q-3', kind: 'changed', fields: ['evidence'] },
      { itemId: 'q-4', kind: 'answered', fields: ['value'] },
    ]);
    expect(diff.conclusion).toEqual({ before: 'warning', after: 'ok' });
  });

  it('ignores who answered and when, the order of evidence, and empty answers on either side', () => {
    const diff = diffRevisions(
      {
        answers: {
          'q-1': answer('yes', {
            evidenceIds: [evidenceA, evidenceB],
            answeredBy: 'Ines',
            answeredAt: '2026-01-01T00:00:00.000Z',
          }),
          'q-2': answer(null),
        },
      },
      {
        answers: {
          'q-1': answer('yes', {
            evidenceIds: [evidenceB, evidenceA],
            answeredBy: 'Tom',
            answeredAt: '2026-02-01T00:00:00.000Z',
          }),
          'q-3': answer(null),
        },
      },
    );
    expect(diff).toEqual({ answers: [] });
  });

  it('lists items outside the given order after it, by id, so nothing changed is hidden', () => {
    const diff = diffRevisions(
      { answers: {} },
      { answers: { 'z-item': answer('no'), 'a-item': answer(4) } },
      ['q-1'],
    );
    expect(diff.answers.map((change) => change.itemId)).toEqual(['a-item', 'z-item']);
  });
});
