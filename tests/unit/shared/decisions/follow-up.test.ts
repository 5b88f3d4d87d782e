import { describe, expect, it } from 'vitest';
import { followUpActions } from '@shared/domain';
import { ids, option, uuid } from './fixtures';

const counter = () => {
  let n = 0;
  return () => uuid(700 + ++n);
};

const chosen = option({
  id: uuid(101),
  kind: 'dual-source',
  expectedResidual: { [ids.riskH]: [3, 4], [ids.riskRan]: [2, 3] },
  followUp: [
    { title: 'Tender for a second RAN vendor', owner: 'Head of RAN', dueDate: '2026-09-30' },
    { title: 'Add a sanctions exit clause', riskIds: [ids.riskH] },
  ],
});

describe('followUpActions', () => {
  it('puts each follow-up on the risks it names, or on every risk the option mitigates', () => {
    const risks = [
      { id: ids.riskH, actions: [] },
      { id: ids.riskRan, actions: [] },
    ];
    expect(followUpActions(chosen, risks, counter())).toEqual([
      {
        riskId: ids.riskH,
        actions: [
          {
            id: uuid(701),
            title: 'Tender for a second RAN vendor',
            owner: 'Head of RAN',
            dueDate: '2026-09-30',
            status: 'todo',
          },
          { id: uuid(703), title: 'Add a sanctions exit clause', status: 'todo' },
        ],
      },
      {
        riskId: ids.riskRan,
        actions: [
          {
            id: uuid(702),
            title: 'Tender for a second RAN vendor',
            owner: 'Head of RAN',
            dueDate: '2026-09-30',
            status: 'todo',
          },
        ],
      },
    ]);
  });

  it('does not add an action a risk already has (the decision approved again after a reopening)', () => {
    const risks = [
      {
        id: ids.riskH,
        actions: [{ id: uuid(1), title: ' tender for a second RAN vendor', status: 'doing' as const }],
      },
      { id: ids.riskRan, actions: [] },
    ];
    const result = followUpActions(chosen, risks, counter());
    expect(result.map(({ riskId, actions }) => [riskId, actions.map((action) => action.title)])).toEqual([
      [ids.riskRan, ['Tender for a second RAN vendor']],
      [ids.riskH, ['Add a sanctions exit clause']],
    ]);
  });

  it('skips risks no longer recorded, and gives nothing when the option names no risk', () => {
    expect(followUpActions(chosen, [{ id: ids.riskRan, actions: [] }], counter())).toEqual([
      {
        riskId: ids.riskRan,
        actions: [expect.objectContaining({ title: 'Tender for a second RAN vendor' })],
      },
    ]);
    const noRisk = option({ id: uuid(102), kind: 'renegotiate', followUp: [{ title: 'Call the vendor' }] });
    expect(followUpActions(noRisk, [{ id: ids.riskH, actions: [] }], counter())).toEqual([]);
  });

  it('gives each action a new id by default', () => {
    const [first] = followUpActions(chosen, [{ id: ids.riskH, actions: [] }]);
    expect(first?.actions[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.actions[0]?.id).not.toBe(first?.actions[1]?.id);
  });
});
