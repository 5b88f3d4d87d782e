import { describe, expect, it } from 'vitest';
import {
  calendarEntries,
  entriesWithin,
  reminderEntries,
  type Assessment,
  type CalendarSources,
} from '@shared/domain';

const today = '2026-03-10';
const vendor = { type: 'vendor' as const, id: 'vendor-1' };
const checklistId = 'checklist-1';
const answer = (evidenceIds: string[]): Assessment['answers'][string] => ({ value: 'yes', evidenceIds });

const sources = (overrides: Partial<CalendarSources> = {}): CalendarSources => ({
  licences: [],
  assessments: [],
  evidence: new Map(),
  risks: [],
  subjectName: (subject) => (subject.id === vendor.id ? 'Dragon Networks' : '?'),
  checklistName: (id) => (id === checklistId ? 'Supplier risk profile' : '?'),
  ...overrides,
});

const summary = (s: CalendarSources) =>
  calendarEntries(s, today).map(({ kind, date, status, name }) => `${date} ${kind} ${status} ${name}`);

describe('calendarEntries: licences', () => {
  it('gives the notice deadline and the end date, the notice of an auto-renewing licence overdue once missed', () => {
    const licences = [
      // Ends 2026-04-09, 60 days of notice → notice 2026-02-08, already past: it will renew.
      { id: 'l1', title: 'RAN support', endDate: '2026-04-09', noticeDays: 60, autoRenew: true },
      // Does not renew: a past notice date leaves nothing to do, and it ended already.
      { id: 'l2', title: 'Old SaaS', endDate: '2026-03-01', noticeDays: 30, autoRenew: false },
    ];
    expect(summary(sources({ licences }))).toEqual([
      '2026-01-30 licence-notice past Old SaaS',
      '2026-02-08 licence-notice overdue RAN support',
      '2026-03-01 licence-end past Old SaaS',
      '2026-04-09 licence-end due-soon RAN support',
    ]);
  });

  it('counts today and the next 30 days as due soon, day 31 as upcoming', () => {
    const licences = [
      { id: 'a', title: 'Today', endDate: today, autoRenew: false },
      { id: 'b', title: 'Day 30', endDate: '2026-04-09', autoRenew: false },
      { id: 'c', title: 'Day 31', endDate: '2026-04-10', autoRenew: false },
    ];
    expect(summary(sources({ licences }))).toEqual([
      '2026-03-10 licence-end due-soon Today',
      '2026-04-09 licence-end due-soon Day 30',
      '2026-04-10 licence-end upcoming Day 31',
    ]);
  });

  it('adds no notice entry without an end date, a notice period, or with 0 days of notice', () => {
    const licences = [
      { id: 'a', title: 'Open-ended', noticeDays: 90, autoRenew: true },
      { id: 'b', title: 'No notice', endDate: '2026-09-30', autoRenew: true },
      { id: 'c', title: 'Zero', endDate: '2026-10-31', noticeDays: 0, autoRenew: true },
    ];
    expect(summary(sources({ licences }))).toEqual([
      '2026-09-30 licence-end upcoming No notice',
      '2026-10-31 licence-end upcoming Zero',
    ]);
  });
});

describe('calendarEntries: assessments and evidence', () => {
  const base = { subject: vendor, checklistId, answers: {} };

  it("shows an open assessment's due date and an approved one's next review, for the latest revision only", () => {
    const assessments: CalendarSources['assessments'] = [
      { ...base, id: 'old', status: 'approved' as const, nextReviewDate: '2026-01-15' },
      { ...base, id: 'new', previousId: 'old', status: 'draft' as const, dueDate: '2026-03-01' },
      {
        ...base,
        id: 'done',
        status: 'approved' as const,
        dueDate: '2025-01-01',
        nextReviewDate: '2027-03-10',
      },
      { ...base, id: 'undated', status: 'in-review' as const },
    ];
    const entries = calendarEntries(sources({ assessments }), today);
    expect(entries.map(({ uid, date, status, target }) => ({ uid, date, status, target }))).toEqual([
      {
        uid: 'assessment-due:new',
        date: '2026-03-01',
        status: 'overdue',
        target: { type: 'assessment', id: 'new' },
      },
      {
        uid: 'assessment-review:done',
        date: '2027-03-10',
        status: 'upcoming',
        target: { type: 'assessment', id: 'done' },
      },
    ]);
    expect(entries[0]).toMatchObject({ name: 'Dragon Networks', context: 'Supplier risk profile' });
  });

  it('shows the validity of evidence the latest revision cites, once, even when a reopened revision cites it', () => {
    const evidence = new Map([
      ['e1', { id: 'e1', fileName: 'iso27001.pdf', validUntil: '2026-03-09' }],
      ['e2', { id: 'e2', fileName: 'undated.pdf' }],
      ['e3', { id: 'e3', fileName: 'soc2.pdf', validUntil: '2026-06-30' }],
    ]);
    const assessments: CalendarSources['assessments'] = [
      { ...base, id: 'a1', status: 'approved' as const, answers: { q1: answer(['e1', 'e3']) } },
      {
        ...base,
        id: 'a2',
        previousId: 'a1',
        status: 'draft' as const,
        answers: { q1: answer(['e1', 'e2']), q2: answer(['e1', 'e3']) },
      },
    ];
    const entries = calendarEntries(sources({ assessments, evidence }), today);
    expect(
      entries.map(({ uid, status, target, name, context }) => ({ uid, status, target, name, context })),
    ).toEqual([
      {
        uid: 'evidence-expiry:e1',
        status: 'overdue',
        target: { type: 'assessment', id: 'a2' },
        name: 'iso27001.pdf',
        context: 'Dragon Networks · Supplier risk profile',
      },
      {
        uid: 'evidence-expiry:e3',
        status: 'upcoming',
        target: { type: 'assessment', id: 'a2' },
        name: 'soc2.pdf',
        context: 'Dragon Networks · Supplier risk profile',
      },
    ]);
  });
});

describe('calendarEntries: risks', () => {
  it('shows review dates of risks in play and due dates of actions not done', () => {
    const risks = [
      {
        id: 'r1',
        title: 'Single RAN vendor',
        status: 'open' as const,
        reviewDate: '2026-03-09',
        actions: [
          { id: 'x1', title: 'Second source', dueDate: '2026-04-01', status: 'doing' as const },
          { id: 'x2', title: 'Done already', dueDate: '2026-01-01', status: 'done' as const },
          { id: 'x3', title: 'Undated', status: 'todo' as const },
        ],
      },
      { id: 'r2', title: 'Closed one', status: 'closed' as const, reviewDate: '2026-03-20', actions: [] },
    ];
    const entries = calendarEntries(sources({ risks }), today);
    expect(
      entries.map(({ uid, kind, status, name, context, target }) => ({
        uid,
        kind,
        status,
        name,
        context,
        target,
      })),
    ).toEqual([
      {
        uid: 'risk-review:r1',
        kind: 'risk-review',
        status: 'overdue',
        name: 'Single RAN vendor',
        context: undefined,
        target: { type: 'risk', id: 'r1' },
      },
      {
        uid: 'action-due:r1:x1',
        kind: 'action-due',
        status: 'due-soon',
        name: 'Second source',
        context: 'Single RAN vendor',
        target: { type: 'risk', id: 'r1' },
      },
    ]);
  });
});

describe('reminders and periods', () => {
  const risks = [
    {
      id: 'r1',
      title: 'Risk',
      status: 'treating' as const,
      reviewDate: '2026-05-01',
      actions: [
        { id: 'a', title: 'Late', dueDate: '2026-02-01', status: 'todo' as const },
        { id: 'b', title: 'Soon', dueDate: '2026-03-31', status: 'todo' as const },
      ],
    },
  ];
  const licences = [{ id: 'l', title: 'Ended', endDate: '2026-01-31', autoRenew: false }];
  const entries = calendarEntries(sources({ risks, licences }), today);

  it('remind of what is overdue or due within 30 days, oldest first, not of what is past or later', () => {
    expect(reminderEntries(entries).map((entry) => `${entry.name} ${entry.status}`)).toEqual([
      'Late overdue',
      'Soon due-soon',
    ]);
  });

  it('keep the entries of a period and of the chosen kinds, none when no kind is chosen', () => {
    expect(entriesWithin(entries, '2026-01-01', '2026-12-31', [])).toEqual([]);
    expect(entriesWithin(entries, '2026-03-01', '2026-05-31').map((entry) => entry.name)).toEqual([
      'Soon',
      'Risk',
    ]);
    expect(entriesWithin(entries, '2026-01-01', '2026-12-31', ['licence-end']).map((e) => e.name)).toEqual([
      'Ended',
    ]);
  });
});
