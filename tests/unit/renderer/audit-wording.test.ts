import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { describedSpecs, tableSpec } from '@shared/audit';
import type { AuditEvent } from '@shared/domain';
import { en } from '@renderer/i18n/en';
import { fr } from '@renderer/i18n/fr';
import { eventSubject, type AuditNames } from '@renderer/data/audit-names';
import { makeAuditWording } from '@renderer/features/activity/auditWording';
import type { Translate } from '@shared/import';

const translator = async (language: 'en' | 'fr') => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  return instance;
};

const wording = async (language: 'en' | 'fr') => {
  const i18n = await translator(language);
  const locale = language === 'en' ? 'en-GB' : 'fr';
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  return makeAuditWording({
    t: i18n.t.bind(i18n) as unknown as Translate,
    formatDate: (date) => dates.format(new Date(`${date}T00:00:00Z`)),
    formatDateTime: (at) => times.format(new Date(at)),
    formatNumber: (value) => new Intl.NumberFormat(language).format(value),
    numbers: {
      integer: (value) => new Intl.NumberFormat(language).format(value),
      percent: (value) => new Intl.NumberFormat(language, { style: 'percent' }).format(value),
      bytes: (value) => `${value} B`,
    },
    countryName: (code) => regions.of(code) ?? code,
  });
};

const recordNames: Readonly<Record<string, string>> = {
  'vendors:v-1': 'Acme Networks',
  'vendors:v-2': 'Borealis',
  'dependencies:d-1': 'RAN software',
};

const names: AuditNames = {
  record: (table, id) => recordNames[`${table}:${id}`],
  item: (assessmentId, itemId) =>
    assessmentId === 'a-1' && itemId === 'escrow'
      ? {
          number: '2.3',
          question: 'Is the source code of the RAN software held in escrow?',
          answerType: 'yes-no',
        }
      : undefined,
};

const event = (extra: Partial<AuditEvent>): AuditEvent => ({
  id: 'e-1',
  at: '2026-03-01T10:00:00.000Z',
  actor: 'Ana',
  table: 'dependencies',
  recordId: 'd-1',
  action: 'update',
  ...extra,
});

describe('the audit trail worded for a reader', () => {
  it('labels for enums, names for linked records, countries and dates in the language', async () => {
    const words = await wording('en');
    const changed = event({
      changes: {
        vendorId: ['v-1', 'v-2'],
        criticality: [3, 5],
        dataLocations: [['DE'], ['DE', 'FR']],
        exitMonths: [null, 18],
      },
    });
    expect(words.changes(changed, names).lines.map(({ line }) => line)).toEqual([
      'Vendor: Acme Networks → Borealis',
      'Criticality: 3 — Significant → 5 — Vital',
      'Exit time: (empty) → 18 months',
      'Data locations: Germany → Germany, France',
    ]);
    expect(words.recordName(eventSubject(changed), names)).toBe('RAN software');
    expect(words.recordType(changed)).toBe('Dependency');
  });

  it('in French as in English, from the same description', async () => {
    const words = await wording('fr');
    const changed = event({ changes: { criticality: [3, 5], vendorRemoteAccess: [false, true] } });
    expect(words.changes(changed, names).lines.map(({ line }) => line)).toEqual([
      'Criticité : 3 — Notable → 5 — Vitale',
      'Accès à distance du fournisseur : Non → Oui',
    ]);
  });

  it('a created record gives its values, a deleted one what it held; a deleted linked record says so', async () => {
    const words = await wording('en');
    const created = event({
      table: 'vendors',
      recordId: 'v-9',
      action: 'create',
      changes: { name: [null, 'Cobalt'], parentVendorId: [null, 'v-gone'], stateOwnershipPct: [null, 51] },
    });
    expect(words.changes(created, names).lines.map(({ line }) => line)).toEqual([
      'Name: Cobalt',
      'Parent company: a deleted record',
      'State ownership: 51%',
    ]);
    // The vendor is gone since: the name the event holds still says which it was.
    expect(words.recordName(eventSubject(created), names)).toBe('Cobalt');
    const deleted = event({ action: 'delete', recordId: 'd-gone', changes: { name: ['Old core', null] } });
    expect(words.changes(deleted, names).lines.map(({ line }) => line)).toEqual(['Name: was Old core']);
    expect(words.recordName(eventSubject(event({ recordId: 'd-gone', changes: {} })), names)).toBe(
      'a deleted record',
    );
  });

  it("an answer names its item by number and question, and words the value by the item's type", async () => {
    const words = await wording('en');
    const answered = event({
      table: 'assessments',
      recordId: 'a-1',
      changes: {
        'answers.escrow': [
          { value: 'no', evidenceIds: [] },
          { value: 'partial', evidenceIds: ['f1', 'f2'] },
        ],
        'answers.removed-item': [null, { value: 3, evidenceIds: [] }],
      },
    });
    expect(words.changes(answered, names).lines.map(({ line }) => line)).toEqual([
      '2.3 Is the source code of the RAN software held in escrow?: No → Partial',
      '2.3 Is the source code of the RAN software held in escrow? › Evidence: (empty) → 2 files',
      'removed-item: Not answered → 3 / 4',
    ]);
  });

  it('an event merged from a file is marked with the file, its SHA-256, who merged it and when', async () => {
    const words = await wording('en');
    const mark = {
      fileName: 'colleague.zip',
      sha256: 'ab'.repeat(32),
      by: 'Ana Merger',
      at: '2026-03-02T09:30:00.000Z',
    };
    const imported = event({ actor: '', imported: mark, changes: { name: ['RAN', 'RAN software'] } });
    expect(words.imported(mark)).toBe(
      'Imported from file colleague.zip (SHA-256 abababababab…) by Ana Merger on 2 Mar 2026, 09:30',
    );
    expect(words.actor(imported)).toBe('Unnamed user');
    expect(words.exportRows(imported, names)).toEqual([
      {
        at: '2026-03-01T10:00:00.000Z',
        actor: '',
        action: 'Changed',
        recordType: 'Dependency',
        record: 'RAN software',
        recordId: 'd-1',
        changes: 'Name: RAN → RAN software',
        importedFrom: 'colleague.zip',
        importedBy: 'Ana Merger',
        importedAt: '2026-03-02T09:30:00.000Z',
        eventId: 'e-1',
      },
    ]);
  });

  it('the workspace, the profile and tables the app does not know are named all the same', async () => {
    const words = await wording('en');
    expect(words.recordName(eventSubject(event({ table: 'settings', recordId: 'workspace' })), names)).toBe(
      'Workspace',
    );
    const future = event({ table: 'contracts', recordId: 'c-1', changes: { 'x.y': [1, 2] } });
    expect([words.recordType(future), words.recordName(eventSubject(future), names)]).toEqual([
      'contracts',
      'c-1',
    ]);
    const many = event({
      changes: Object.fromEntries(Array.from({ length: 103 }, (_, index) => [`f${index}`, [0, index + 1]])),
    });
    expect(words.exportRows(many, names)[0]?.changes.split('\n').at(-1)).toBe('+3 more changes');
  });

  const bulkImport = event({
    table: 'vendors',
    recordId: 'vendors.csv',
    action: 'import',
    records: [
      { table: 'vendors', recordId: 'v-1', action: 'update', changes: { hqCountry: ['FI', 'SE'] } },
      { table: 'vendors', recordId: 'v-9', action: 'create', changes: { name: [null, 'Cobalt'] } },
      { table: 'vendors', recordId: 'v-2', action: 'create', changes: { name: [null, 'Borealis'] } },
    ],
  });

  it('a bulk import is one row naming what it wrote, and the export gives a line per record', async () => {
    const words = await wording('en');
    expect(words.recordLabel(eventSubject(bulkImport), names)).toBe('3 vendors from vendors.csv');
    expect(words.summary(bulkImport, names)).toBe('2 created, 1 changed');
    const lines = words.exportRows(bulkImport, names);
    expect(
      lines.map(({ action, record, recordId, changes, eventId }) => [
        action,
        record,
        recordId,
        changes,
        eventId,
      ]),
    ).toEqual([
      ['Changed', 'Acme Networks', 'v-1', 'Headquarters country: Finland → Sweden', 'e-1'],
      // A record since deleted is named by what the import set.
      ['Created', 'Cobalt', 'v-9', 'Name: Cobalt', 'e-1'],
      ['Created', 'Borealis', 'v-2', 'Name: Borealis', 'e-1'],
    ]);
    expect(words.partOf({ action: 'import', table: 'vendors', source: 'vendors.csv', count: 10_000 })).toBe(
      'Part of the import of 10,000 vendors from vendors.csv',
    );

    const french = await wording('fr');
    expect(french.recordLabel(eventSubject(bulkImport), names)).toBe('3 fournisseurs depuis vendors.csv');
    expect(french.summary(bulkImport, names)).toBe('2 créées, 1 modifiée');
    expect(french.exportRows(bulkImport, names)).toHaveLength(3);
  });

  const bulkMerge = event({
    table: 'settings',
    recordId: 'colleague.zip',
    action: 'merge',
    records: [
      { table: 'vendors', recordId: 'v-2', action: 'create', changes: { name: [null, 'Borealis'] } },
      { table: 'dependencies', recordId: 'd-1', action: 'update', changes: { criticality: [3, 5] } },
    ],
  });

  it('a merge is one row, "Merged", naming the file, and the export gives a line per record it wrote', async () => {
    const words = await wording('en');
    expect(words.recordLabel(eventSubject(bulkMerge), names)).toBe('2 records from colleague.zip');
    expect(words.summary(bulkMerge, names)).toBe('1 created, 1 changed');
    const lines = words.exportRows(bulkMerge, names);
    expect(
      lines.map(({ action, recordType, record, recordId, changes, eventId }) => [
        action,
        recordType,
        record,
        recordId,
        changes,
        eventId,
      ]),
    ).toEqual([
      ['Created', 'Vendor', 'Borealis', 'v-2', 'Name: Borealis', 'e-1'],
      ['Changed', 'Dependency', 'RAN software', 'd-1', 'Criticality: 3 — Significant → 5 — Vital', 'e-1'],
    ]);
    expect(words.partOf({ action: 'merge', table: 'settings', source: 'colleague.zip', count: 12 })).toBe(
      'Part of the merge of 12 records from colleague.zip',
    );

    const french = await wording('fr');
    expect(french.recordLabel(eventSubject(bulkMerge), names)).toBe('2 fiches depuis colleague.zip');
    expect(french.partOf({ action: 'merge', table: 'settings', source: 'colleague.zip', count: 1 })).toBe(
      'Fait partie de la fusion de 1 fiche depuis colleague.zip',
    );
    expect(french.exportRows(bulkMerge, names).map(({ action }) => action)).toEqual([
      'Création',
      'Modification',
    ]);
  });

  it('every field label of every record has its words in English and in French', async () => {
    const [english, french] = await Promise.all([translator('en'), translator('fr')]);
    const keys = new Set<string>();
    for (const spec of describedSpecs)
      for (const field of Object.values(spec)) if ('key' in field.label) keys.add(field.label.key);
    for (const table of ['vendors', 'dependencies', 'licences', 'risks', 'assessments'])
      expect(Object.keys(tableSpec(table, 'x')).length).toBeGreaterThan(3);
    expect(keys.size).toBeGreaterThan(80);
    for (const key of keys) {
      expect(english.exists(key), key).toBe(true);
      expect(french.exists(key), key).toBe(true);
    }
  });
});
