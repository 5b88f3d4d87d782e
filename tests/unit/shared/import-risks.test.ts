import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { riskSchema, type Risk } from '@shared/domain';
import { entityImports, importEntities, normaliseHeader, previewImportFile } from '@shared/import';
import { initI18n, languages } from '@renderer/i18n';
import { registerLabels } from '@renderer/ui/registerLabels';
import { storedDependency, storedVendor } from '../fixtures/records';
import { csv, messages } from './import-fixtures';

initI18n('en');
const french = (() => {
  const t = i18next.getFixedT('fr');
  return registerLabels((key, params) => t(key as never, params));
})();
const english = (() => {
  const t = i18next.getFixedT('en');
  return registerLabels((key, params) => t(key as never, params));
})();
const words = [english, french];

const nordic = storedVendor('Nordic Radio');
const ran = storedDependency('Radio access network', nordic.id);
const firstAction = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a76300';
const secondAction = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a76301';
const newActionId = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a76399';
const single: Risk = riskSchema.parse({
  id: '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a51',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  title: 'Single RAN vendor',
  category: 'supply',
  likelihood: 4,
  impact: 5,
  actions: [
    { id: firstAction, title: 'Qualify a second vendor', status: 'doing' },
    { id: secondAction, title: 'Audit the vendor', status: 'todo' },
  ],
});
const existing = { vendors: [nordic], dependencies: [ran], licences: [], risks: [single] };

const risks = (...lines: string[]) =>
  previewImportFile('risks', csv(...lines), existing, { words, newId: () => newActionId });

describe('importing risks', () => {
  it('reads a risk with its links and its actions, by the labels of either language', async () => {
    const plan = await risks(
      'Intitulé;Catégorie;Statut;Vraisemblance;Impact;Fournisseurs;Dépendances;Actions',
      'Sanctions exposure;Sanctions / contrôle des exportations;Accepté;2;3;Nordic Radio;Radio access network;' +
        '"Check the licence|Legal|2026-04-30|En cours; Write it down"',
    );
    expect(messages(plan)).toEqual([]);
    expect(plan.records[0]?.after).toMatchObject({
      title: 'Sanctions exposure',
      category: 'sanctions-export',
      status: 'accepted',
      treatment: 'mitigate',
      likelihood: 2,
      impact: 3,
      vendorIds: [nordic.id],
      dependencyIds: [ran.id],
      actions: [
        { title: 'Check the licence', owner: 'Legal', dueDate: '2026-04-30', status: 'doing' },
        { title: 'Write it down', status: 'todo' },
      ],
    });
  });

  it('keeps the id of each action whose title stays, so its history follows it; a new one gets a new id', async () => {
    const plan = await risks(
      'title,category,likelihood,impact,actions',
      'single ran vendor,supply,4,5,AUDIT THE VENDOR||2026-05-01|Done; Qualify a second vendor; Add a clause',
    );
    expect(messages(plan)).toEqual([]);
    expect(plan).toMatchObject({ created: 0, updated: 1 });
    expect(plan.records[0]?.after.actions).toEqual([
      { id: secondAction, title: 'AUDIT THE VENDOR', dueDate: '2026-05-01', status: 'done' },
      { id: firstAction, title: 'Qualify a second vendor', status: 'todo' },
      { id: newActionId, title: 'Add a clause', status: 'todo' },
    ]);
  });

  it('names a link it cannot find and an action that is not one', async () => {
    const plan = await risks(
      'title,category,likelihood,impact,vendors,licences,actions',
      'Lock-in,supply,3,3,Unknown Radio,Core licence,|Owner only',
    );
    expect(messages(plan)).toEqual([
      'Row 2, vendors “Unknown Radio”: No vendor has this name or id in the workspace. Import the vendors first.',
      'Row 2, licences “Core licence”: No licence has this title or id in the workspace. Import the licences first.',
      expect.stringMatching(/^Row 2, actions “\|Owner only”: /),
    ]);
    expect(plan.records).toEqual([]);
  });

  it('ignores the columns the export computes, whatever they hold', async () => {
    const plan = await risks(
      'Title,Category,Likelihood,Impact,Inherent score,Inherent level,Residual score,Residual level',
      'Single RAN vendor,Supply,4,5,999,Whatever,x,y',
    );
    expect(messages(plan)).toEqual([]);
    expect(plan.records[0]?.after).toMatchObject({ likelihood: 4, impact: 5 });
  });
});

describe('the headers an import reads', () => {
  it.each(importEntities)(
    'name one %s column or computed column each, in every language, whatever the case and spaces',
    (entity) => {
      const { columns, derived } = entityImports[entity];
      const keys = [...columns.map((column) => column.header), ...derived];
      const owners = new Map<string, string>();
      for (const key of keys) {
        for (const name of [key, ...languages.map((_, index) => words[index]?.headers[key] ?? key)]) {
          const normalised = normaliseHeader(name);
          const owner = owners.get(normalised);
          expect(owner === undefined || owner === key, `“${name}” names ${owner} and ${key}`).toBe(true);
          owners.set(normalised, key);
        }
      }
    },
  );
});
