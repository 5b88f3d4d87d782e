import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@shared/domain';
import {
  describeAuditEvent,
  eventRecord,
  MAX_CHANGES,
  MAX_LIST,
  MAX_TEXT,
  nameInEvent,
  namesItems,
  referencedRecords,
  type AuditChange,
} from '@shared/audit';

const event = (
  table: string,
  action: AuditEvent['action'],
  changes: AuditEvent['changes'],
  recordId = 'rec-1',
): AuditEvent => ({
  id: crypto.randomUUID(),
  at: '2026-03-01T10:00:00.000Z',
  actor: 'Ana',
  table,
  recordId,
  action,
  ...(changes ? { changes } : {}),
});

const key = (name: string) => ({ key: `activity.fields.${name}` });
const lines = (e: AuditEvent): readonly AuditChange[] => describeAuditEvent(e).changes;

describe('describeAuditEvent: what an event changed, field by field', () => {
  it('a new vendor gives the values it was created with, in the order of its form, tags and notes last', () => {
    const created = event('vendors', 'create', {
      notes: [null, 'Met at MWC'],
      tags: [null, ['ran']],
      ownership: [null, 'state-owned'],
      id: [null, 'rec-1'],
      name: [null, 'Acme'],
      hqCountry: [null, 'FR'],
      legalName: [null, ''],
      jurisdictions: [null, []],
    });
    expect(lines(created)).toEqual([
      { field: [key('name')], mode: 'set', before: { kind: 'empty' }, after: { kind: 'text', text: 'Acme' } },
      {
        field: [key('hqCountry')],
        mode: 'set',
        before: { kind: 'empty' },
        after: { kind: 'country', code: 'FR' },
      },
      {
        field: [key('ownership')],
        mode: 'set',
        before: { kind: 'empty' },
        after: { kind: 'label', label: { key: 'vendors.ownership.state-owned' } },
      },
      {
        field: [key('tags')],
        mode: 'set',
        before: { kind: 'empty' },
        after: { kind: 'list', items: [{ kind: 'text', text: 'ran' }], more: 0 },
      },
      {
        field: [key('notes')],
        mode: 'set',
        before: { kind: 'empty' },
        after: { kind: 'text', text: 'Met at MWC' },
      },
    ]);
    expect(describeAuditEvent(created).omitted).toBe(0);
  });

  it('an update gives each field before and after: enums as their labels, linked records by id to be named', () => {
    const updated = event('dependencies', 'update', {
      criticality: [3, 5],
      vendorId: ['v-old', 'v-new'],
      vendorRemoteAccess: [false, true],
      footprintPct: [null, 40],
    });
    expect(lines(updated)).toEqual([
      {
        field: [key('vendor')],
        mode: 'change',
        before: { kind: 'record', table: 'vendors', id: 'v-old' },
        after: { kind: 'record', table: 'vendors', id: 'v-new' },
      },
      {
        field: [key('criticality')],
        mode: 'change',
        before: {
          kind: 'label',
          label: {
            key: 'dependencies.criticality.value',
            params: { value: 3 },
            keyParams: { name: 'dependencies.criticality.names.3' },
          },
        },
        after: {
          kind: 'label',
          label: {
            key: 'dependencies.criticality.value',
            params: { value: 5 },
            keyParams: { name: 'dependencies.criticality.names.5' },
          },
        },
      },
      {
        field: [key('footprintPct')],
        mode: 'change',
        before: { kind: 'empty' },
        after: { kind: 'number', value: 40, unit: 'percent' },
      },
      {
        field: [key('vendorRemoteAccess')],
        mode: 'change',
        before: { kind: 'label', label: { key: 'activity.value.no' } },
        after: { kind: 'label', label: { key: 'activity.value.yes' } },
      },
    ]);
    expect(referencedRecords(updated)).toEqual([
      { table: 'dependencies', id: 'rec-1' },
      { table: 'vendors', id: 'v-old' },
      { table: 'vendors', id: 'v-new' },
    ]);
  });

  it('a deleted record gives what it held', () => {
    const deleted = event('licences', 'delete', { title: ['Core EULA', null], autoRenew: [true, null] });
    expect(lines(deleted)).toEqual([
      {
        field: [key('title')],
        mode: 'was',
        before: { kind: 'text', text: 'Core EULA' },
        after: { kind: 'empty' },
      },
      {
        field: [key('autoRenew')],
        mode: 'was',
        before: { kind: 'label', label: { key: 'activity.value.yes' } },
        after: { kind: 'empty' },
      },
    ]);
    expect(nameInEvent(deleted)).toBe('Core EULA');
  });

  it('a sovereignty profile gives only the criteria that changed, each named', () => {
    const rated = event('vendors', 'update', {
      sovereignty: [
        { c1a: 1, c1b: null, c1c: null, c1d: null, c2: 0, c3: null, rationale: 'x' },
        { c1a: 3, c1b: null, c1c: null, c1d: null, c2: 0, c3: null, rationale: 'x' },
      ],
    });
    expect(lines(rated)).toEqual([
      {
        field: [
          key('sovereignty'),
          {
            key: 'vendors.sovereignty.criterionLabel',
            params: { code: 'C1a' },
            keyParams: { name: 'vendors.sovereignty.criteria.c1a.name' },
          },
        ],
        mode: 'change',
        before: {
          kind: 'label',
          label: {
            key: 'vendors.sovereignty.ratingShort',
            params: { rating: 1 },
            keyParams: { name: 'vendors.sovereignty.ratingNames.low' },
          },
        },
        after: {
          kind: 'label',
          label: {
            key: 'vendors.sovereignty.ratingShort',
            params: { rating: 3 },
            keyParams: { name: 'vendors.sovereignty.ratingNames.high' },
          },
        },
      },
    ]);
  });

  it("a risk's actions: each added, removed or changed action on its own line, named by its title", () => {
    const patch = { id: 'a1', title: 'Patch firmware', status: 'todo' };
    const audit = { id: 'a2', title: 'Audit the vendor', owner: 'Bo', status: 'todo' };
    const escrow = { id: 'a3', title: 'Escrow', dueDate: '2026-06-30', status: 'doing' };
    const reviewed = event('risks', 'update', {
      actions: [
        [patch, audit],
        [{ ...patch, status: 'done' }, escrow],
      ],
    });
    expect(lines(reviewed)).toEqual([
      {
        field: [key('actions'), { text: 'Patch firmware' }, key('status')],
        mode: 'change',
        before: { kind: 'label', label: { key: 'risks.actionStatus.todo' } },
        after: { kind: 'label', label: { key: 'risks.actionStatus.done' } },
      },
      {
        field: [key('actions'), { text: 'Escrow' }],
        mode: 'change',
        before: { kind: 'empty' },
        after: {
          kind: 'parts',
          parts: [
            { kind: 'date', date: '2026-06-30' },
            { kind: 'label', label: { key: 'risks.actionStatus.doing' } },
          ],
        },
      },
      {
        field: [key('actions'), { text: 'Audit the vendor' }],
        mode: 'change',
        before: {
          kind: 'parts',
          parts: [
            { kind: 'text', text: 'Bo' },
            { kind: 'label', label: { key: 'risks.actionStatus.todo' } },
          ],
        },
        after: { kind: 'empty' },
      },
    ]);
  });

  it("a risk's review is a mark: the day it took place, beside the review date it moved", () => {
    const review = event('risks', 'update', {
      reviewDate: ['2026-03-01', '2026-06-01'],
      reviewedOn: [null, '2026-03-01'],
    });
    expect(lines(review)).toEqual([
      {
        field: [key('reviewDate')],
        mode: 'change',
        before: { kind: 'date', date: '2026-03-01' },
        after: { kind: 'date', date: '2026-06-01' },
      },
      {
        field: [key('reviewedOn')],
        mode: 'set',
        before: { kind: 'empty' },
        after: { kind: 'date', date: '2026-03-01' },
      },
    ]);
  });

  it("an assessment's answers: the item, its value, comment and evidence as they changed", () => {
    const answered = event('assessments', 'update', {
      'answers.eu-5g-tm08': [
        null,
        { value: 'partial', comment: 'Escrow pending', evidenceIds: ['e1'], answeredBy: 'Ana' },
      ],
      'answers.nis2-21-3': [
        { value: 2, evidenceIds: ['e1', 'e2'] },
        { value: 3, evidenceIds: ['e1', 'e2'] },
      ],
    });
    expect(lines(answered)).toEqual([
      {
        field: [{ item: 'eu-5g-tm08' }],
        mode: 'change',
        before: { kind: 'label', label: { key: 'assessments.answer.unanswered' } },
        after: { kind: 'answer', itemId: 'eu-5g-tm08', value: 'partial' },
      },
      {
        field: [{ item: 'eu-5g-tm08' }, key('comment')],
        mode: 'change',
        before: { kind: 'empty' },
        after: { kind: 'text', text: 'Escrow pending' },
      },
      {
        field: [{ item: 'eu-5g-tm08' }, key('evidence')],
        mode: 'change',
        before: { kind: 'empty' },
        after: { kind: 'label', label: { key: 'activity.value.files', params: { count: 1 } } },
      },
      {
        field: [{ item: 'nis2-21-3' }],
        mode: 'change',
        before: { kind: 'answer', itemId: 'nis2-21-3', value: 2 },
        after: { kind: 'answer', itemId: 'nis2-21-3', value: 3 },
      },
    ]);
    expect(namesItems(answered)).toBe(true);
    expect(namesItems(event('assessments', 'update', { status: ['draft', 'in-review'] }))).toBe(false);
  });

  it("an SBOM's event is about its dependency; the workspace's restore and merge are marks", () => {
    expect(eventRecord(event('sbomComponents', 'update', { components: [10, 12] }, 'dep-1'))).toEqual({
      table: 'dependencies',
      id: 'dep-1',
    });
    expect(eventRecord(event('settings', 'update', {}, 'workspace'))).toBeUndefined();
    const merge = event(
      'settings',
      'update',
      { mergedFrom: [null, '2026-02-01T08:00:00.000Z'], fileName: [null, 'colleague.zip'], added: [null, 3] },
      'workspace',
    );
    expect(lines(merge).map(({ field, mode }) => [field, mode])).toEqual([
      [[key('mergedFrom')], 'set'],
      [[key('fileName')], 'set'],
      [[key('added')], 'set'],
    ]);
  });
});

describe('describeAuditEvent: events from a file are shown as they are, within caps, and never throw', () => {
  it('a field the app does not know is shown after the known ones, its value as it is', () => {
    const newer = event('vendors', 'update', {
      riskAppetite: [null, { level: 'low', since: 2027 }],
      name: ['A', 'B'],
    });
    expect(lines(newer)).toEqual([
      {
        field: [key('name')],
        mode: 'change',
        before: { kind: 'text', text: 'A' },
        after: { kind: 'text', text: 'B' },
      },
      {
        field: [{ text: 'riskAppetite' }],
        mode: 'change',
        before: { kind: 'empty' },
        after: { kind: 'text', text: '{level: low, since: 2027}' },
      },
    ]);
  });

  it('a value of the wrong kind for its field is shown as it is rather than mislabelled', () => {
    const odd = event('dependencies', 'update', { criticality: [3, 9], domain: ['core', 'mars'] });
    expect(lines(odd).map(({ after }) => after)).toEqual([
      { kind: 'text', text: 'mars' },
      { kind: 'number', value: 9 },
    ]);
  });

  it('a table or row named after an object member is an unknown one, not a crash', () => {
    for (const [table, recordId] of [
      ['constructor', 'x'],
      ['__proto__', 'x'],
      ['settings', 'toString'],
      ['settings', '__proto__'],
    ] as const) {
      expect(
        lines(event(table, 'update', { hasOwnProperty: [1, 2] as [unknown, unknown] }, recordId)),
      ).toEqual([
        {
          field: [{ text: 'hasOwnProperty' }],
          mode: 'change',
          before: { kind: 'number', value: 1 },
          after: { kind: 'number', value: 2 },
        },
      ]);
    }
  });

  it(`at most ${MAX_CHANGES} lines, the rest counted; long texts and lists cut`, () => {
    const many = Object.fromEntries(
      Array.from({ length: 250 }, (_, index) => [`field${index}`, [null, index] as [unknown, unknown]]),
    );
    const huge = describeAuditEvent(event('vendors', 'update', many));
    expect(huge.changes).toHaveLength(MAX_CHANGES);
    expect(huge.omitted).toBe(150);

    const [long] = lines(event('vendors', 'update', { notes: ['', 'x'.repeat(MAX_TEXT + 500)] }));
    expect(long?.after).toEqual({ kind: 'text', text: `${'x'.repeat(MAX_TEXT)}…` });

    const [tags] = lines(
      event('vendors', 'update', { tags: [[], Array.from({ length: 50 }, (_, index) => `t${index}`)] }),
    );
    expect(tags?.after.kind === 'list' && [tags.after.items.length, tags.after.more]).toEqual([MAX_LIST, 30]);
  });

  it('deeply nested values and odd shapes are abridged', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];
    const [line] = lines(event('vendors', 'update', { nested: [null, deep] }));
    expect(line?.after).toEqual({
      kind: 'list',
      items: [{ kind: 'list', items: [{ kind: 'text', text: '[…]' }], more: 0 }],
      more: 0,
    });
    expect(lines(event('risks', 'update', { actions: ['x', 'y'] }))).toEqual([
      {
        field: [key('actions')],
        mode: 'change',
        before: { kind: 'text', text: 'x' },
        after: { kind: 'text', text: 'y' },
      },
    ]);
  });
});
